import { useNavigate } from 'react-router';
import { PageHeading } from '@/components/ui/PageHeading';
import { useDocumentTitle } from '@/lib/document-title';
import { useCreateEvent } from '../api/create-event';
import { emptyEventForm, toCreateRequest } from '../components/event-form';
import { AllEventsLink } from '../components/AllEventsLink';
import { EventEditorForm } from '../components/EventEditorForm';
import styles from './EventEditorPage.module.css';

export function NewEventPage() {
  useDocumentTitle('New event');
  const create = useCreateEvent();
  const navigate = useNavigate();
  return (
    <>
      <AllEventsLink />
      <PageHeading>New event</PageHeading>
      <p className={styles.lead}>The event is saved as a draft: only organizers see it until you publish it.</p>
      <EventEditorForm
        initialValues={emptyEventForm()}
        submitLabel="Save draft"
        pendingLabel="Saving…"
        pending={create.isPending}
        onSubmit={(values, onError) => {
          create.mutate(toCreateRequest(values), {
            onSuccess: (event) => {
              void navigate(`/organizer/events/${event.id}/edit`, { state: { created: true } });
            },
            onError,
          });
        }}
      />
    </>
  );
}
