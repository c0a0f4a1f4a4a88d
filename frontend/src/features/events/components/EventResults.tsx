import { useEffect, useRef } from 'react';
import { Link } from 'react-router';
import { EmptyState } from '@/components/ui/EmptyState';
import { LoadMore } from '@/components/ui/LoadMore';
import { QueryBoundary } from '@/components/ui/QueryBoundary';
import { useEvents } from '../api/get-events';
import type { EventFilters } from '../api/keys';
import { EventCard, eventLinkId } from './EventCard';
import styles from './EventResults.module.css';

function countLabel(count: number, more: boolean): string {
  if (count === 1) return '1 event';
  return more ? `Showing the first ${count} events` : `${count} events`;
}

export function EventResults({ filters, filtered }: { filters: EventFilters; filtered: boolean }) {
  const events = useEvents(filters);
  const focusIndex = useRef<number | undefined>(undefined);
  const items = events.data?.pages.flatMap((page) => page.items) ?? [];

  // After "Load more", focus moves to the first event that arrived, so keyboard users carry on from there.
  useEffect(() => {
    const index = focusIndex.current;
    if (index === undefined) return;
    const target = events.data?.pages.flatMap((page) => page.items)[index];
    if (target) {
      document.getElementById(eventLinkId(target.id))?.focus();
      focusIndex.current = undefined;
    }
  }, [events.data]);

  return (
    <QueryBoundary
      query={events}
      loading="Loading events…"
      errorTitle="We could not load events"
      errorText={<p>This is a problem reaching Rounds; please try again in a moment.</p>}
    >
      {() =>
        items.length === 0 ? (
          <NoEvents filtered={filtered} />
        ) : (
          <section aria-labelledby="event-results-count">
            <p id="event-results-count" role="status" className={styles.count}>
              {countLabel(items.length, events.hasNextPage)}
            </p>
            <ul className={styles.grid}>
              {items.map((event) => (
                <li key={event.id}>
                  <EventCard event={event} />
                </li>
              ))}
            </ul>
            <LoadMore
              query={events}
              label="Load more events"
              pendingLabel="Loading more events…"
              failedText="We could not load more events. Please try again."
              onLoad={() => {
                focusIndex.current = items.length;
              }}
            />
          </section>
        )
      }
    </QueryBoundary>
  );
}

function NoEvents({ filtered }: { filtered: boolean }) {
  return filtered ? (
    <EmptyState title="No events match your search" actions={<Link to="/events">Clear filters</Link>}>
      <p>Try another city, a wider date range or fewer words.</p>
    </EmptyState>
  ) : (
    <EmptyState title="No upcoming events yet">
      <p>New events are announced regularly. Check back soon.</p>
    </EmptyState>
  );
}
