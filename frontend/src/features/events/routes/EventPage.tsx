import { Link, useParams } from 'react-router';
import { Button } from '@/components/ui/Button';
import { EmptyState } from '@/components/ui/EmptyState';
import { ErrorState } from '@/components/ui/ErrorState';
import { Spinner } from '@/components/ui/Spinner';
import { ApiError } from '@/lib/api/api-error';
import { useDocumentTitle } from '@/lib/document-title';
import { useEvent } from '../api/get-event';
import { EventDetails } from '../components/EventDetails';

export function EventPage() {
  const { eventId = '' } = useParams();
  const event = useEvent(eventId);
  useDocumentTitle(event.data?.title ?? 'Event');

  if (event.isPending) return <Spinner label="Loading the event…" />;
  if (event.isError) {
    if (event.error instanceof ApiError && (event.error.status === 404 || event.error.status === 400)) {
      return (
        <EmptyState title="Event not found" headingLevel={1} actions={<Link to="/events">See all events</Link>}>
          <p>This event does not exist or is not open to attendees. The link may be mistyped.</p>
        </EmptyState>
      );
    }
    return (
      <ErrorState
        title="We could not load this event"
        actions={
          <Button variant="secondary" onClick={() => void event.refetch()}>
            Try again
          </Button>
        }
      >
        <p>This is a problem reaching Rounds; please try again in a moment.</p>
      </ErrorState>
    );
  }
  return <EventDetails event={event.data} />;
}
