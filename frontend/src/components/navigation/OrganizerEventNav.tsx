import { FilterTabs } from '@/components/ui/FilterTabs';

type Section = 'details' | 'registrations' | 'door' | 'pairs' | 'dashboard';

/** Moves between the organizer's pages about one event. */
export function OrganizerEventNav({ eventId, current }: { eventId: string; current: Section }) {
  const base = `/organizer/events/${eventId}`;
  return (
    <FilterTabs
      label="This event"
      tabs={[
        { label: 'Details', to: `${base}/edit`, selected: current === 'details' },
        { label: 'Registrations', to: `${base}/registrations`, selected: current === 'registrations' },
        { label: 'Door check-in', to: `${base}/door`, selected: current === 'door' },
        { label: 'Suggested pairs', to: `${base}/pairs`, selected: current === 'pairs' },
        { label: 'Dashboard', to: `${base}/dashboard`, selected: current === 'dashboard' },
        { label: 'Who’s here', to: `/events/${eventId}/people`, selected: false },
      ]}
    />
  );
}
