import { Link } from 'react-router';
import { Avatar } from '@/components/ui/Avatar';
import { Badge } from '@/components/ui/Badge';
import type { Connection } from '@/lib/api/types';
import { formatLocalMoment } from '@/lib/time/event-time';
import styles from './ConnectionCard.module.css';
import { nameWithCredentials, practiceLine } from './person-words';

/** One connection in the list: who, what they do, where and how the two met. */
export function ConnectionCard({ connection }: { connection: Connection }) {
  const { person } = connection;
  return (
    <article className={styles.card} aria-label={person.fullName}>
      <div className={styles.who}>
        <Avatar name={person.fullName} photoUrl={person.photoUrl} size="small" />
        <h2 className={styles.name}>
          <Link to={`/connections/${connection.id}`}>{nameWithCredentials(person)}</Link>
        </h2>
      </div>
      <p className={styles.practice}>{practiceLine(person)}</p>
      <p className={styles.met}>
        <Badge tone={connection.origin === 'SCAN' ? 'neutral' : 'primary'}>
          {connection.origin === 'SCAN' ? 'Scanned' : 'Introduced'}
        </Badge>{' '}
        at {connection.eventTitle}, {formatLocalMoment(connection.connectedAt)}
      </p>
    </article>
  );
}
