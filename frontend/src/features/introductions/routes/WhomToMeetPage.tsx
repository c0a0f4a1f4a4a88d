import { Link, useParams } from 'react-router';
import { EmptyState } from '@/components/ui/EmptyState';
import { PageHeading } from '@/components/ui/PageHeading';
import { QueryBoundary } from '@/components/ui/QueryBoundary';
import { useDocumentTitle } from '@/lib/document-title';
import { useAllowance } from '../api/get-allowance';
import { useEvent } from '@/entities/event/get-event';
import { useSuggestions } from '../api/get-suggestions';
import { AllowanceCard } from '../components/AllowanceCard';
import { IntroductionList } from '../components/IntroductionList';
import { SuggestionCard } from '../components/SuggestionCard';
import styles from './WhomToMeetPage.module.css';

/** At the event, on a phone: whom to meet and why, requests left, and the requests to answer here. */
export function WhomToMeetPage() {
  const { eventId = '' } = useParams();
  useDocumentTitle('Whom to meet');
  const allowance = useAllowance(eventId);
  const event = useEvent(eventId);
  return (
    <div className={styles.page}>
      <p className={styles.links}>
        <Link to={`/events/${eventId}`}>Back to the event</Link>
        <Link to={`/events/${eventId}/connect`}>My QR code and scanning</Link>
      </p>
      <div>
        <PageHeading>Whom to meet</PageHeading>
        {event.data && <p className={styles.event}>{event.data.title}</p>}
      </div>
      <AllowanceCard allowance={allowance.data} pending={allowance.isPending} failed={allowance.isError} />
      <section aria-labelledby="received-heading" className={styles.section}>
        <h2 id="received-heading">Waiting for your answer</h2>
        <IntroductionList
          filters={{ direction: 'RECEIVED', eventId, status: 'PENDING' }}
          label="Requests waiting for your answer"
          empty="No requests are waiting for your answer at this event."
        />
      </section>
      <section aria-labelledby="suggestions-heading" className={styles.section}>
        <h2 id="suggestions-heading">Suggested for you</h2>
        <Suggestions eventId={eventId} capReached={allowance.data?.remaining === 0} />
      </section>
      <section aria-labelledby="sent-heading" className={styles.section}>
        <h2 id="sent-heading">Your requests here</h2>
        <IntroductionList
          filters={{ direction: 'SENT', eventId }}
          label="Your requests at this event"
          empty="You have not asked for an introduction at this event yet."
        />
      </section>
    </div>
  );
}

function Suggestions({ eventId, capReached }: { eventId: string; capReached: boolean }) {
  const suggestions = useSuggestions(eventId);
  return (
    <QueryBoundary
      query={suggestions}
      loading="Finding people for you to meet…"
      errorTitle="We could not load your suggestions"
      missingStatuses={[403, 404]}
      missing={
        <EmptyState title="Suggestions are for this event’s attendees">
          <p>Register for the event to see whom to meet there.</p>
        </EmptyState>
      }
    >
      {(data) =>
        data.items.length === 0 ? (
          <EmptyState title="No suggestions yet" actions={<Link to="/profile">Complete your profile</Link>}>
            <p>
              Suggestions match what you refer out and want referred with the other attendees’ profiles. Fill in
              yours, and check back as more people register.
            </p>
          </EmptyState>
        ) : (
          <ol className={styles.list} aria-label="People to meet, best match first">
            {data.items.map((suggestion) => (
              <li key={suggestion.attendee.attendeeId}>
                <SuggestionCard eventId={eventId} suggestion={suggestion} capReached={capReached} />
              </li>
            ))}
          </ol>
        )
      }
    </QueryBoundary>
  );
}
