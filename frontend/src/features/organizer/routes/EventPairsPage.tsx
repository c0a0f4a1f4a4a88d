import { useParams } from 'react-router';
import { Button } from '@/components/ui/Button';
import { EmptyState } from '@/components/ui/EmptyState';
import { ErrorState } from '@/components/ui/ErrorState';
import { PageHeading } from '@/components/ui/PageHeading';
import { Spinner } from '@/components/ui/Spinner';
import { useDocumentTitle } from '@/lib/document-title';
import { useEvent } from '../api/get-event';
import { usePairSuggestions } from '../api/get-pair-suggestions';
import { OrganizerEventNav } from '../components/OrganizerEventNav';
import { PairSuggestionCard } from '../components/PairSuggestionCard';
import styles from './EventPairsPage.module.css';

/** The organizer's view for brokering: the event's best pairs, explained, each with "Broker introduction". */
export function EventPairsPage() {
  const { eventId = '' } = useParams();
  const event = useEvent(eventId);
  const pairs = usePairSuggestions(eventId);
  useDocumentTitle(event.data ? `Suggested pairs · ${event.data.title}` : 'Suggested pairs');

  let content;
  if (pairs.isPending) content = <Spinner label="Finding the best pairs…" />;
  else if (pairs.isError) {
    content = (
      <ErrorState
        title="We could not load the suggested pairs"
        actions={
          <Button variant="secondary" onClick={() => void pairs.refetch()}>
            Try again
          </Button>
        }
      />
    );
  } else if (pairs.data.items.length === 0) {
    content = (
      <EmptyState title="No pairs to suggest yet">
        <p>Pairs appear once registered attendees have profiles that fit each other.</p>
      </EmptyState>
    );
  } else {
    content = (
      <ol className={styles.list} aria-label="Pairs to introduce, best first">
        {pairs.data.items.map((pair) => (
          <li key={`${pair.first.attendeeId}:${pair.second.attendeeId}`}>
            <PairSuggestionCard eventId={eventId} pair={pair} />
          </li>
        ))}
      </ol>
    );
  }
  return (
    <div className={styles.page}>
      <PageHeading>Suggested pairs{event.data ? `: ${event.data.title}` : ''}</PageHeading>
      <OrganizerEventNav eventId={eventId} current="pairs" />
      <p className={styles.lead}>
        Attendees who should meet, best fit first. Broker an introduction: both are asked, and they are connected when
        both accept.
      </p>
      {content}
    </div>
  );
}
