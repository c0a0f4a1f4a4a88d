import { formatEventRange } from '@/lib/time/event-time';
import styles from './EventWhenWhere.module.css';

interface Placed {
  startsAt: string;
  endsAt: string;
  timeZone: string;
  venueName: string;
  venueAddress: string;
  city: string;
}

/** An event's time (on its own wall clock) and place, as its cards show them; the street address when asked. */
export function EventWhenWhere({ event, withAddress = false }: { event: Placed; withAddress?: boolean }) {
  return (
    <>
      <p className={styles.when}>{formatEventRange(event.startsAt, event.endsAt, event.timeZone)}</p>
      <p className={styles.where}>
        {event.venueName}, {withAddress && `${event.venueAddress}, `}
        {event.city}
      </p>
    </>
  );
}
