import { useParams } from 'react-router';
import { Button } from '@/components/ui/Button';
import { ErrorState } from '@/components/ui/ErrorState';
import { PageHeading } from '@/components/ui/PageHeading';
import { Spinner } from '@/components/ui/Spinner';
import { useDocumentTitle } from '@/lib/document-title';
import { useEvent } from '../api/get-event';
import { CapacityEditor } from '../components/CapacityEditor';
import { EventStatusBadge } from '../components/EventStatusBadge';
import { OrganizerEventNav } from '../components/OrganizerEventNav';
import { RegistrationsManager } from '../components/RegistrationsManager';
import styles from './EventEditorPage.module.css';

export function EventRegistrationsPage() {
  const { eventId = '' } = useParams();
  const event = useEvent(eventId);
  useDocumentTitle(event.data ? `Registrations · ${event.data.title}` : 'Registrations');

  if (event.isPending) return <Spinner label="Loading the event…" />;
  if (event.isError) {
    return (
      <ErrorState
        title="We could not load this event"
        actions={
          <Button variant="secondary" onClick={() => void event.refetch()}>
            Try again
          </Button>
        }
      />
    );
  }
  return (
    <>
      <PageHeading className={styles.heading}>Registrations: {event.data.title}</PageHeading>
      <p>
        <EventStatusBadge status={event.data.status} />
      </p>
      <OrganizerEventNav eventId={eventId} current="registrations" />
      <CapacityEditor event={event.data} />
      <RegistrationsManager event={event.data} />
    </>
  );
}
