import { ButtonLink } from '@/components/ui/ButtonLink';
import { Card } from '@/components/ui/Card';
import { PageHeading } from '@/components/ui/PageHeading';
import { useDocumentTitle } from '@/lib/document-title';
import { useAccount } from '@/lib/session/use-session';
import styles from './OrganizerPage.module.css';

const READY = [
  'Create events as drafts and publish them when they are ready.',
  'Set capacity; when seats run out attendees join a waitlist, and you move people off it.',
  'Check attendees in at the door by scanning their ticket, by its typed code, or by name, with a live count of arrivals.',
  'Broker introductions between attendees who should meet, from each event’s best pairs.',
  'Write to an event’s registered attendees from its dashboard.',
  'Grant or remove the organizer role.',
];

const WATCH = [
  'Each event’s dashboard: registrations, check-ins, introductions accepted, follow-ups done or overdue.',
  'Trends across events: who keeps coming, who never does.',
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
      <div className={styles.cards}>
        <Card aria-labelledby="run-heading">
          <h2 id="run-heading">Run your events</h2>
          <ul className={styles.list}>
            {READY.map((item) => (
              <li key={item}>{item}</li>
            ))}
          </ul>
          <div className={styles.actions}>
            <ButtonLink to="/organizer/events">Manage events</ButtonLink>
            <ButtonLink to="/organizer/events/new" variant="secondary">
              Create event
            </ButtonLink>
            <ButtonLink to="/organizer/webhooks" variant="secondary">
              Webhooks
            </ButtonLink>
            <ButtonLink to="/organizer/integrations" variant="secondary">
              Integrations
            </ButtonLink>
            <ButtonLink to="/organizer/organizers" variant="secondary">
              Organizers
            </ButtonLink>
          </div>
        </Card>
        <Card aria-labelledby="dashboard-heading">
          <h2 id="dashboard-heading">Watch the outcomes</h2>
          <ul className={styles.list}>
            {WATCH.map((item) => (
              <li key={item}>{item}</li>
            ))}
          </ul>
          <div className={styles.actions}>
            <ButtonLink to="/organizer/trends" variant="secondary">
              Trends across events
            </ButtonLink>
          </div>
          <p className={styles.note}>
            Organizers see only aggregates of attendees’ private data: notes stay with their authors.
          </p>
        </Card>
      </div>
    </>
  );
}
