import { Link, useParams } from 'react-router';
import { EmptyState } from '@/components/ui/EmptyState';
import { QueryBoundary } from '@/components/ui/QueryBoundary';
import { useEvent } from '@/entities/event/get-event';
import { EventDetails } from '@/features/events/components/EventDetails';
import { RegistrationPanel } from '@/features/registration/components/RegistrationPanel';
import { useDocumentTitle } from '@/lib/document-title';

/** An event as attendees see it, with their own place at it. */
export function EventPage() {
  const { eventId = '' } = useParams();
  const event = useEvent(eventId);
  useDocumentTitle(event.data?.title ?? 'Event');
  return (
    <QueryBoundary
      query={event}
      loading="Loading the event…"
      errorTitle="We could not load this event"
      errorText={<p>This is a problem reaching Rounds; please try again in a moment.</p>}
      missing={
        <EmptyState title="Event not found" headingLevel={1} actions={<Link to="/events">See all events</Link>}>
          <p>This event does not exist or is not open to attendees. The link may be mistyped.</p>
        </EmptyState>
      }
    >
      {(found) => (
        <EventDetails event={found}>
          <RegistrationPanel event={found} />
        </EventDetails>
      )}
    </QueryBoundary>
  );
}
