import { useState } from 'react';
import { Link, useParams } from 'react-router';
import { EmptyState } from '@/components/ui/EmptyState';
import { ErrorState } from '@/components/ui/ErrorState';
import { LoadMore } from '@/components/ui/LoadMore';
import { PageHeading } from '@/components/ui/PageHeading';
import { Spinner } from '@/components/ui/Spinner';
import { useEvent } from '@/entities/event/get-event';
import { ApiError } from '@/lib/api/api-error';
import { errorMessage } from '@/lib/api/error-message';
import { useDocumentTitle } from '@/lib/document-title';
import { useDebouncedValue } from '@/lib/use-debounced-value';
import { useEventDirectory } from '../api/get-event-directory';
import type { DirectoryFilters as Filters } from '../api/keys';
import { DirectoryCard } from '../components/DirectoryCard';
import { DirectoryFilters } from '../components/DirectoryFilters';
import styles from './DirectoryPage.module.css';

/** Who attends an event, to look someone up after a conversation; for its attendees and organizers. */
export function DirectoryPage() {
  const { eventId = '' } = useParams();
  const event = useEvent(eventId);
  useDocumentTitle(event.data ? `Who's here: ${event.data.title}` : "Who's here");
  const [filters, setFilters] = useState<Filters>({});
  const settled = useDebouncedValue(filters);
  const directory = useEventDirectory(eventId, settled);
  const people = directory.data?.pages.flatMap((page) => page.items) ?? [];
  const filtered = [settled.q, settled.specialty, settled.city, settled.wantsReferred, settled.refersOut].some(
    (value) => Boolean(value?.trim()),
  );
  const refused = directory.error instanceof ApiError && directory.error.status === 403;

  return (
    <>
      <p className={styles.back}>
        <Link to={`/events/${eventId}`}>← {event.data?.title ?? 'The event'}</Link>
      </p>
      <PageHeading>Who&apos;s here</PageHeading>
      {refused ? (
        <EmptyState title="Only for this event's attendees">
          <p>Register for the event to see who else attends.</p>
        </EmptyState>
      ) : (
        <>
          <DirectoryFilters value={filters} onChange={setFilters} />
          {directory.isPending ? (
            <Spinner label="Loading the attendees…" />
          ) : directory.isError ? (
            <ErrorState title="We could not load the attendees">
              <p>{errorMessage(directory.error)}</p>
            </ErrorState>
          ) : people.length === 0 ? (
            <EmptyState title={filtered ? 'Nobody matches' : 'Nobody has registered yet'}>
              <p>{filtered ? 'Try fewer filters or part of a name.' : 'Attendees appear here as they register.'}</p>
            </EmptyState>
          ) : (
            <>
              <p role="status" className={styles.count}>
                {people.length === 1 ? '1 attendee' : `${String(people.length)} attendees`}
                {directory.hasNextPage ? ' so far' : ''}
              </p>
              <ul className={styles.list}>
                {people.map((person) => (
                  <li key={person.registrationId}>
                    <DirectoryCard profile={person.profile} checkedIn={person.checkedIn} />
                  </li>
                ))}
              </ul>
              <LoadMore query={directory} label="Show more attendees" />
            </>
          )}
        </>
      )}
    </>
  );
}
