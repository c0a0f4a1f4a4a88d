import { Link, useSearchParams } from 'react-router';
import { ButtonLink } from '@/components/ui/ButtonLink';
import { EmptyState } from '@/components/ui/EmptyState';
import { FilterTabs } from '@/components/ui/FilterTabs';
import { LoadMore } from '@/components/ui/LoadMore';
import { PageHeading } from '@/components/ui/PageHeading';
import { QueryBoundary } from '@/components/ui/QueryBoundary';
import type { EventStatus } from '@/lib/api/types';
import { useDocumentTitle } from '@/lib/document-title';
import { useManagedEvents } from '../api/get-managed-events';
import type { ManagedEventFilters } from '../api/keys';
import { EventsTable } from '../components/EventsTable';
import styles from './OrganizerEventsPage.module.css';

const STATUS_TABS: { label: string; status: EventStatus | undefined }[] = [
  { label: 'All', status: undefined },
  { label: 'Drafts', status: 'DRAFT' },
  { label: 'Published', status: 'PUBLISHED' },
  { label: 'Cancelled', status: 'CANCELLED' },
  { label: 'Held', status: 'COMPLETED' },
];

function statusFrom(value: string | null): EventStatus | undefined {
  return STATUS_TABS.find((tab) => tab.status === value)?.status;
}

function href(filters: ManagedEventFilters): string {
  const params = new URLSearchParams();
  if (filters.status) params.set('status', filters.status);
  if (filters.past) params.set('past', 'true');
  const query = params.toString();
  return query ? `/organizer/events?${query}` : '/organizer/events';
}

export function OrganizerEventsPage() {
  useDocumentTitle('Manage events');
  const [searchParams, setSearchParams] = useSearchParams();
  const filters: ManagedEventFilters = {
    status: statusFrom(searchParams.get('status')),
    past: searchParams.get('past') === 'true',
  };

  return (
    <>
      <div className={styles.header}>
        <PageHeading>Manage events</PageHeading>
        <div className={styles.headerActions}>
          <ButtonLink to="/organizer/trends" variant="secondary">
            Trends across events
          </ButtonLink>
          <ButtonLink to="/organizer/events/new">Create event</ButtonLink>
        </div>
      </div>
      <FilterTabs
        label="Event status"
        tabs={STATUS_TABS.map(({ label, status }) => ({
          label,
          to: href({ ...filters, status }),
          selected: filters.status === status,
        }))}
      />
      <label className={styles.past}>
        <input
          type="checkbox"
          checked={filters.past}
          onChange={(event) => {
            const next = new URLSearchParams(searchParams);
            if (event.target.checked) next.set('past', 'true');
            else next.delete('past');
            setSearchParams(next, { replace: true });
          }}
        />
        Include events that have ended
      </label>
      <EventsList filters={filters} />
    </>
  );
}

function EventsList({ filters }: { filters: ManagedEventFilters }) {
  const events = useManagedEvents(filters);
  return (
    <QueryBoundary query={events} loading="Loading events…" errorTitle="We could not load events">
      {(data) => {
        const items = data.pages.flatMap((page) => page.items);
        if (items.length === 0) {
          return (
            <EmptyState title="No events here" actions={<Link to="/organizer/events/new">Create an event</Link>}>
              <p>
                {filters.past ? 'No event has this status.' : 'No upcoming event has this status. Past ones are hidden.'}
              </p>
            </EmptyState>
          );
        }
        return (
          <>
            <EventsTable events={items} />
            <LoadMore query={events} label="Load more events" pendingLabel="Loading more events…" />
          </>
        );
      }}
    </QueryBoundary>
  );
}
