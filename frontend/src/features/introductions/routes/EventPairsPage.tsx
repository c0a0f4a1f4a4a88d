import { useParams } from 'react-router';
import { EmptyState } from '@/components/ui/EmptyState';
import { PageHeading } from '@/components/ui/PageHeading';
import { QueryBoundary } from '@/components/ui/QueryBoundary';
import { useDocumentTitle } from '@/lib/document-title';
import { useEvent } from '@/entities/event/get-event';
import { usePairSuggestions } from '../api/get-pair-suggestions';
import { OrganizerEventNav } from '@/components/navigation/OrganizerEventNav';
import { PairSuggestionCard } from '../components/PairSuggestionCard';
import styles from './EventPairsPage.module.css';

/** The organizer's view for brokering: the event's best pairs, explained, each with "Broker introduction". */
export function EventPairsPage() {
  const { eventId = '' } = useParams();
  const event = useEvent(eventId);
  const pairs = usePairSuggestions(eventId);
  useDocumentTitle(event.data ? `Suggested pairs · ${event.data.title}` : 'Suggested pairs');

  return (
    <div className={styles.page}>
      <PageHeading>Suggested pairs{event.data ? `: ${event.data.title}` : ''}</PageHeading>
      <OrganizerEventNav eventId={eventId} current="pairs" />
      <p className={styles.lead}>
        Attendees who should meet, best fit first. Broker an introduction: both are asked, and they are connected when
        both accept.
      </p>
      <QueryBoundary query={pairs} loading="Finding the best pairs…" errorTitle="We could not load the suggested pairs">
        {(data) =>
          data.items.length === 0 ? (
            <EmptyState title="No pairs to suggest yet">
              <p>Pairs appear once registered attendees have profiles that fit each other.</p>
            </EmptyState>
          ) : (
            <ol className={styles.list} aria-label="Pairs to introduce, best first">
              {data.items.map((pair) => (
                <li key={`${pair.first.attendeeId}:${pair.second.attendeeId}`}>
                  <PairSuggestionCard eventId={eventId} pair={pair} />
                </li>
              ))}
            </ol>
          )
        }
      </QueryBoundary>
    </div>
  );
}
