import { Link, useParams } from 'react-router';
import { Card } from '@/components/ui/Card';
import { EmptyState } from '@/components/ui/EmptyState';
import { PageHeading } from '@/components/ui/PageHeading';
import { QueryBoundary } from '@/components/ui/QueryBoundary';
import type { Connection } from '@/lib/api/types';
import { useDocumentTitle } from '@/lib/document-title';
import { formatLocalMoment } from '@/lib/time/event-time';
import { useConnection } from '@/entities/connection/get-connection';
import { CellConsentSwitch } from '../components/CellConsentSwitch';
import { ContactDetails } from '../components/ContactDetails';
import { NotesPanel } from '../components/NotesPanel';
import { nameWithCredentials, practiceLine } from '../components/person-words';
import { VCardButton } from '../components/VCardButton';
import styles from './ConnectionPage.module.css';

export function ConnectionPage() {
  const { connectionId = '' } = useParams();
  const connection = useConnection(connectionId);
  useDocumentTitle(connection.data?.person.fullName ?? 'Connection');

  return (
    <QueryBoundary
      query={connection}
      loading="Loading the connection…"
      errorTitle="We could not load this connection"
      missing={
        <EmptyState
          title="Connection not found"
          headingLevel={1}
          actions={<Link to="/connections">All your connections</Link>}
        >
          <p>You are not connected with this person, or the link is mistyped.</p>
        </EmptyState>
      }
    >
      {(found) => <ConnectionDetails connection={found} />}
    </QueryBoundary>
  );
}

function ConnectionDetails({ connection }: { connection: Connection }) {
  const { person } = connection;
  return (
    <div className={styles.page}>
      <p className={styles.back}>
        <Link to="/connections">All connections</Link>
      </p>
      <div>
        <PageHeading>{nameWithCredentials(person)}</PageHeading>
        <p className={styles.practice}>{practiceLine(person)}</p>
        <p className={styles.met}>
          {connection.origin === 'SCAN' ? 'Connected by scanning a code' : 'Introduced'} at{' '}
          <Link to={`/events/${connection.eventId}`}>{connection.eventTitle}</Link>,{' '}
          {formatLocalMoment(connection.connectedAt)}
        </p>
      </div>
      {person.wantsReferred.length > 0 && (
        <p>
          <strong>Wants referred:</strong> {person.wantsReferred.join(', ')}
        </p>
      )}
      {person.refersOut.length > 0 && (
        <p>
          <strong>Refers out:</strong> {person.refersOut.join(', ')}
        </p>
      )}
      <Card aria-labelledby="contact-heading" className={styles.card}>
        <h2 id="contact-heading">Contact</h2>
        <ContactDetails connection={connection} />
        <VCardButton connectionId={connection.id} fullName={person.fullName} />
      </Card>
      <Card aria-labelledby="my-cell-heading" className={styles.card}>
        <h2 id="my-cell-heading">Your cell number</h2>
        <CellConsentSwitch connection={connection} />
      </Card>
      <NotesPanel connectionId={connection.id} name={person.fullName} />
    </div>
  );
}
