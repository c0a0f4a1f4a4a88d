import { useState } from 'react';
import { Link, useLocation, useParams } from 'react-router';
import { Card } from '@/components/ui/Card';
import { EmptyState } from '@/components/ui/EmptyState';
import { Notice } from '@/components/ui/Notice';
import { PageHeading } from '@/components/ui/PageHeading';
import { QueryBoundary } from '@/components/ui/QueryBoundary';
import type { RoundsEvent } from '@/lib/api/types';
import { useDocumentTitle } from '@/lib/document-title';
import { useEvent } from '@/entities/event/get-event';
import { useUpdateEvent } from '../api/update-event';
import { eventFormFrom, toUpdateRequest } from '../components/event-form';
import { AllEventsLink } from '../components/AllEventsLink';
import { EventEditorForm } from '../components/EventEditorForm';
import { EventLifecycleActions } from '../components/EventLifecycleActions';
import { EventStatusBadge } from '../components/EventStatusBadge';
import { OrganizerEventNav } from '@/components/navigation/OrganizerEventNav';
import styles from './EventEditorPage.module.css';

export function EditEventPage() {
  const { eventId = '' } = useParams();
  const event = useEvent(eventId);
  useDocumentTitle(event.data ? `Edit ${event.data.title}` : 'Edit event');

  return (
    <QueryBoundary
      query={event}
      loading="Loading the event…"
      errorTitle="We could not load this event"
      missing={
        <EmptyState title="Event not found" headingLevel={1} actions={<Link to="/organizer/events">All events</Link>}>
          <p>This event does not exist. The link may be mistyped.</p>
        </EmptyState>
      }
    >
      {(found) => <EventEditor event={found} />}
    </QueryBoundary>
  );
}

function EventEditor({ event }: { event: RoundsEvent }) {
  const created = (useLocation().state as { created?: boolean } | null)?.created === true;
  const update = useUpdateEvent(event.id);
  const [saved, setSaved] = useState<string | undefined>();
  const changeable = event.status === 'DRAFT' || event.status === 'PUBLISHED';

  return (
    <>
      <AllEventsLink />
      <PageHeading className={styles.heading}>{event.title}</PageHeading>
      <p>
        <EventStatusBadge status={event.status} />
      </p>
      <OrganizerEventNav eventId={event.id} current="details" />
      {created && !saved && event.status === 'DRAFT' && (
        <Notice tone="success" title="Draft saved" className={styles.notice}>
          <p>Publish it when it is ready, and attendees can find it and register.</p>
        </Notice>
      )}
      <Card aria-labelledby="status-heading" className={styles.status}>
        <h2 id="status-heading">Status</h2>
        {changeable ? (
          <EventLifecycleActions event={event} />
        ) : (
          <p>
            This event is {event.status === 'CANCELLED' ? 'cancelled' : 'over'}; its details can no longer be changed.
          </p>
        )}
        {event.status === 'PUBLISHED' && (
          <p className={styles.attendeeView}>
            <Link to={`/events/${event.id}`}>See the attendees’ page</Link>
          </p>
        )}
      </Card>
      <div role="status" className={styles.saved}>
        {saved && <Notice tone="success" title={saved} />}
      </div>
      {changeable && (
        <EventEditorForm
          key={event.id}
          initialValues={eventFormFrom(event)}
          submitLabel="Save changes"
          pendingLabel="Saving…"
          pending={update.isPending}
          onSubmit={(values, onError) => {
            const change = toUpdateRequest(event, values);
            if (Object.keys(change).length === 0) {
              setSaved('Nothing to save: no detail has changed.');
              return;
            }
            setSaved(undefined);
            update.mutate(change, {
              onSuccess: () => {
                setSaved('Changes saved.');
              },
              onError,
            });
          }}
        />
      )}
    </>
  );
}
