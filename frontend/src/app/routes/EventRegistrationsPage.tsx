import { Link, useParams } from 'react-router';
import { OrganizerEventNav } from '@/components/navigation/OrganizerEventNav';
import { ButtonLink } from '@/components/ui/ButtonLink';
import { PageHeading } from '@/components/ui/PageHeading';
import { QueryBoundary } from '@/components/ui/QueryBoundary';
import { useEvent } from '@/entities/event/get-event';
import { ExportButtons } from '@/features/bulk/components/ExportButtons';
import { CapacityEditor } from '@/features/events/components/CapacityEditor';
import { EventStatusBadge } from '@/features/events/components/EventStatusBadge';
import { RegistrationsManager } from '@/features/registration/components/RegistrationsManager';
import { useDocumentTitle } from '@/lib/document-title';
import styles from './EventRegistrationsPage.module.css';

/**
 * The organizer's view of who holds a seat: capacity (an event detail) beside the registrations themselves, with the
 * way in for a ticketing platform's list and the way out as spreadsheets.
 */
export function EventRegistrationsPage() {
  const { eventId = '' } = useParams();
  const event = useEvent(eventId);
  useDocumentTitle(event.data ? `Registrations · ${event.data.title}` : 'Registrations');
  return (
    <QueryBoundary query={event} loading="Loading the event…" errorTitle="We could not load this event">
      {(found) => (
        <>
          <PageHeading className={styles.heading}>Registrations: {found.title}</PageHeading>
          <p>
            <EventStatusBadge status={found.status} />
          </p>
          <OrganizerEventNav eventId={eventId} current="registrations" />
          <CapacityEditor event={found} />
          <p>
            <ButtonLink variant="secondary" to={`/organizer/events/${eventId}/import`}>
              Import registrations
            </ButtonLink>
          </p>
          <RegistrationsManager event={found} />
          <p>
            <Link to={`/organizer/organizers?event=${found.id}`}>Make one of these attendees an organizer</Link>
          </p>
          <ExportButtons eventId={eventId} />
        </>
      )}
    </QueryBoundary>
  );
}
