import { useParams } from 'react-router';
import { useEvent } from '@/entities/event/get-event';
import { EventDashboardPage } from '@/features/dashboard/routes/EventDashboardPage';
import { TopPairs } from '@/features/introductions/components/TopPairs';
import { MessageAttendeesForm } from '@/features/messages/components/MessageAttendeesForm';

/**
 * An event's dashboard with the levers other features own beside the figures: brokering the best pairs, and
 * writing to everyone holding a seat.
 */
export function EventDashboardRoute() {
  const { eventId = '' } = useParams();
  const event = useEvent(eventId);
  return (
    <EventDashboardPage
      levers={
        <>
          <TopPairs eventId={eventId} />
          {event.data && <MessageAttendeesForm eventId={eventId} seated={event.data.registeredCount} />}
        </>
      }
    />
  );
}
