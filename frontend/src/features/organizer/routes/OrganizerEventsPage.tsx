import { Link, useSearchParams } from 'react-router';
import { Button } from '@/components/ui/Button';
import { ButtonLink } from '@/components/ui/ButtonLink';
import { EmptyState } from '@/components/ui/EmptyState';
import { ErrorState } from '@/components/ui/ErrorState';
import { FilterTabs } from '@/components/ui/FilterTabs';
import { PageHeading } from '@/components/ui/PageHeading';
import { Spinner } from '@/components/ui/Spinner';
import type { EventStatus } from '@/lib/api/types';
import { useDocumentTitle } from '@/lib/document-title';
import { useOrganizerEvents } from '../api/get-events';
import type { OrganizerEventFilters } from '../api/keys';
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

function href(filters: OrganizerEventFilters): string {
  const params = new URLSearchParams();
  if (filters.status) params.set('status', filters.status);
  if (filters.past) params.set('past', 'true');
  const query = params.toString();
  return query ? `/organizer/events?${query}` : '/organizer/events';
}

export function OrganizerEventsPage() {
  useDocumentTitle('Manage events');
  const [searchParams, setSearchParams] = useSearchParams();
  const filters: OrganizerEventFilters = {
    status: statusFrom(searchParams.get('status')),
    past: searchParams.get('past') === 'true',
  };

  return (
    <>
      <div className={styles.header}>
        <PageHeading>Manage events</PageHeading>
        <ButtonLink to="/organizer/events/new">Create event</ButtonLink>
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

function EventsList({ filters }: { filters: OrganizerEventFilters }) {
  const events = useOrganizerEvents(filters);
  if (events.isPending) return <Spinner label="Loading events…" />;
  if (events.isLoadingError) {
    return (
      <ErrorState
        title="We could not load events"
        actions={
          <Button variant="secondary" onClick={() => void events.refetch()}>
            Try again
          </Button>
        }
      />
    );
  }
  const items = events.data.pages.flatMap((page) => page.items);
  if (items.length === 0) {
    return (
      <EmptyState title="No events here" actions={<Link to="/organizer/events/new">Create an event</Link>}>
        <p>{filters.past ? 'No event has this status.' : 'No upcoming event has this status. Past ones are hidden.'}</p>
      </EmptyState>
    );
  }
  return (
    <>
      <EventsTable events={items} />
      {events.hasNextPage && (
        <div className={styles.more}>
          <Button variant="secondary" loading={events.isFetchingNextPage} onClick={() => void events.fetchNextPage()}>
            {events.isFetchingNextPage ? 'Loading more events…' : 'Load more events'}
          </Button>
        </div>
      )}
    </>
  );
}
