import { Link } from 'react-router';
import { Badge } from '@/components/ui/Badge';
import type { RoundsEvent } from '@/lib/api/types';
import { EventWhenWhere } from '@/entities/event/EventWhenWhere';
import styles from './EventCard.module.css';
import { seatsLeftLabel } from '@/entities/event/event-state';

function availability(event: RoundsEvent) {
  if (!event.registrationOpen) return <Badge>Registration closed</Badge>;
  if (event.seatsLeft <= 0) return <Badge tone="warning">Full · waitlist open</Badge>;
  return <Badge tone="success">{seatsLeftLabel(event)}</Badge>;
}

export const eventLinkId = (eventId: string) => `event-${eventId}-link`;

export function EventCard({ event }: { event: RoundsEvent }) {
  return (
    <article className={styles.card} aria-labelledby={`event-${event.id}-title`}>
      <h2 id={`event-${event.id}-title`} className={styles.title}>
        <Link id={eventLinkId(event.id)} to={`/events/${event.id}`} className={styles.link}>
          {event.title}
        </Link>
      </h2>
      <EventWhenWhere event={event} />
      <div className={styles.footer}>{availability(event)}</div>
    </article>
  );
}
