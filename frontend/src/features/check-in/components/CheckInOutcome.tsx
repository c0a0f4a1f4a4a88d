import type { Registration } from '@/lib/api/types';
import { formatLocalMoment } from '@/lib/time/event-time';
import styles from './CheckInOutcome.module.css';

export type DoorOutcome =
  | { kind: 'checked-in'; registration: Registration }
  | { kind: 'already'; registration: Registration }
  | { kind: 'refused'; message: string };

/** What the door needs to see at a glance: a big green, amber or red answer, and whose it is. */
export function CheckInOutcome({ outcome }: { outcome: DoorOutcome }) {
  if (outcome.kind === 'refused') {
    return (
      <div className={`${styles.outcome} ${styles.refused}`}>
        <p className={styles.title}>
          <span aria-hidden="true">✕ </span>Not checked in
        </p>
        <p className={styles.detail}>{outcome.message}</p>
      </div>
    );
  }
  const { registration } = outcome;
  const already = outcome.kind === 'already';
  return (
    <div className={`${styles.outcome} ${already ? styles.already : styles.done}`}>
      <p className={styles.title}>
        <span aria-hidden="true">{already ? '! ' : '✓ '}</span>
        {already ? 'Already checked in' : 'Checked in'}: {registration.attendeeName}
      </p>
      {already && registration.checkedInAt && (
        <p className={styles.detail}>First checked in at {formatLocalMoment(registration.checkedInAt)}.</p>
      )}
    </div>
  );
}
