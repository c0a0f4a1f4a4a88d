import type { FollowUpProgress } from '@/lib/api/types';
import styles from './EventProgress.module.css';

/** "4 of 6 done" per event, as words and as a progress bar. */
export function EventProgress({ items }: { items: FollowUpProgress[] }) {
  return (
    <ul className={styles.list} aria-label="Progress per event">
      {items.map((event) => (
        <li key={event.eventId} className={styles.event}>
          <p className={styles.title}>{event.eventTitle}</p>
          <progress
            className={styles.bar}
            max={event.total}
            value={event.done}
            aria-label={`${event.eventTitle}: ${event.done} of ${event.total} done`}
          />
          <p className={styles.count}>
            {event.done} of {event.total} done
            {event.overdue > 0 ? ` · ${event.overdue} overdue` : ''}
            {event.skipped > 0 ? ` · ${event.skipped} skipped` : ''}
          </p>
        </li>
      ))}
    </ul>
  );
}
