import { Card } from '@/components/ui/Card';
import { PageHeading } from '@/components/ui/PageHeading';
import { useDocumentTitle } from '@/lib/document-title';
import { useAccount } from '@/lib/session/use-session';
import styles from './OrganizerPage.module.css';

const COMING = [
  'Create and publish events, with capacity and a waitlist.',
  'Check attendees in at the door.',
  'Broker introductions between attendees who should meet.',
  'Watch each event’s outcomes: introductions accepted, follow-ups done or overdue.',
  'Export attendee lists.',
];

export function OrganizerPage() {
  useDocumentTitle('Organizer');
  const account = useAccount();
  return (
    <>
      <PageHeading>Organizer</PageHeading>
      <p className={styles.lead}>
        You are signed in as <strong>{account.displayName}</strong> with the organizer role, so you can run events for
        your organisation.
      </p>
      <Card aria-labelledby="dashboard-heading">
        <h2 id="dashboard-heading">Your dashboard will hold</h2>
        <ul className={styles.list}>
          {COMING.map((item) => (
            <li key={item}>{item}</li>
          ))}
        </ul>
        <p className={styles.note}>
          Organizers see only aggregates of attendees’ private data: notes stay with their authors.
        </p>
      </Card>
    </>
  );
}
