import { Spinner } from '@/components/ui/Spinner';
import type { CheckInSummary } from '@/lib/api/types';
import { formatLocalMoment } from '@/lib/time/event-time';
import { DoorPerson } from './DoorPerson';
import styles from './DoorCount.module.css';

interface DoorCountProps {
  summary: CheckInSummary | undefined;
  /** The last refresh failed; the count shown may be old. */
  failed: boolean;
}

/** Arrived of registered, kept current; a failed refresh keeps the last count on screen and says it may be old. */
export function DoorCount({ summary, failed }: DoorCountProps) {
  if (!summary && !failed) return <Spinner label="Counting arrivals…" />;
  return (
    <section aria-labelledby="door-count-heading" className={styles.count}>
      <h2 id="door-count-heading" className="visually-hidden">
        Arrivals
      </h2>
      {summary && (
        <p className={styles.figure}>
          <strong>{summary.arrived}</strong> of {summary.registered} arrived
        </p>
      )}
      {failed && <p className={styles.stale}>We could not update the count; it tries again by itself.</p>}
    </section>
  );
}

/** The last few people through the door, latest first, so a second phone at the door sees them too. */
export function LatestCheckIns({ summary }: { summary: CheckInSummary | undefined }) {
  if (!summary) return null;
  return (
    <section aria-labelledby="door-latest-heading">
      <h2 id="door-latest-heading" className={styles.heading}>
        Latest check-ins
      </h2>
      {summary.latest.length === 0 ? (
        <p className={styles.quiet}>Nobody has checked in yet.</p>
      ) : (
        <ul className={styles.latest} aria-label="Latest check-ins">
          {summary.latest.map((registration) => (
            <li key={registration.id}>
              <DoorPerson
                registration={registration}
                standing={registration.checkedInAt ? `In at ${formatLocalMoment(registration.checkedInAt)}` : 'In'}
              />
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
