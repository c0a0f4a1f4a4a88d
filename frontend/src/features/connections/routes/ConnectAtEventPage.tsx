import { Link, useParams } from 'react-router';
import { Card } from '@/components/ui/Card';
import { PageHeading } from '@/components/ui/PageHeading';
import { useDocumentTitle } from '@/lib/document-title';
import { MyConnectCode } from '../components/MyConnectCode';
import { ScanColleague } from '../components/ScanColleague';
import styles from './ConnectAtEventPage.module.css';

/** At the event, on a phone: show my code, or scan a colleague's; either way the two are connected at once. */
export function ConnectAtEventPage() {
  const { eventId = '' } = useParams();
  useDocumentTitle('Connect at the event');
  return (
    <div className={styles.page}>
      <p className={styles.back}>
        <Link to={`/events/${eventId}`}>Back to the event</Link>
      </p>
      <PageHeading>Connect at the event</PageHeading>
      <Card aria-labelledby="my-code-heading" className={styles.card}>
        <h2 id="my-code-heading">My QR code</h2>
        <MyConnectCode eventId={eventId} />
      </Card>
      <Card aria-labelledby="scan-heading" className={styles.card}>
        <h2 id="scan-heading">Scan a colleague</h2>
        <ScanColleague />
      </Card>
    </div>
  );
}
