import { Link } from 'react-router';
import { QueryBoundary } from '@/components/ui/QueryBoundary';
import { usePairSuggestions } from '../api/get-pair-suggestions';
import { PairSuggestionCard } from './PairSuggestionCard';
import styles from './IntroductionList.module.css';

const SHOWN = 3;

/** The event's few best pairs still to introduce, each one click from a proposal with its reason prefilled. */
export function TopPairs({ eventId }: { eventId: string }) {
  const pairs = usePairSuggestions(eventId);
  return (
    <section aria-labelledby="top-pairs-heading">
      <h2 id="top-pairs-heading">Broker introductions</h2>
      <QueryBoundary query={pairs} loading="Finding the best pairs…" errorTitle="We could not load the suggested pairs">
        {(data) => {
          const open = data.items.filter((pair) => !pair.introduction).slice(0, SHOWN);
          return (
            <>
              {open.length === 0 ? (
                <p>No pair left to suggest: pairs appear as attendees with fitting profiles register.</p>
              ) : (
                <ol className={styles.list} aria-label="Best pairs to introduce">
                  {open.map((pair) => (
                    <li key={`${pair.first.attendeeId}:${pair.second.attendeeId}`}>
                      <PairSuggestionCard eventId={eventId} pair={pair} />
                    </li>
                  ))}
                </ol>
              )}
              <p>
                <Link to={`/organizer/events/${eventId}/pairs`}>All suggested pairs</Link>
              </p>
            </>
          );
        }}
      </QueryBoundary>
    </section>
  );
}
