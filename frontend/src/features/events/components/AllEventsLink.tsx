import { Link } from 'react-router';
import layout from '@/styles/layout.module.css';
import styles from '../routes/EventEditorPage.module.css';

/** Back from one event's editor to the organizer's list of events. */
export function AllEventsLink() {
  return (
    <p className={styles.back}>
      <Link to="/organizer/events" className={layout.tapTarget}>
        <span aria-hidden="true">← </span>All events
      </Link>
    </p>
  );
}
