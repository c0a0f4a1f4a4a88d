import { useParams } from 'react-router';
import { EventDashboardPage } from '@/features/dashboard/routes/EventDashboardPage';
import { TopPairs } from '@/features/introductions/components/TopPairs';

/** An event's dashboard with the levers other features own beside the figures: brokering the best pairs. */
export function EventDashboardRoute() {
  const { eventId = '' } = useParams();
  return <EventDashboardPage levers={<TopPairs eventId={eventId} />} />;
}
