import { useParams, useSearchParams } from 'react-router';
import { OrganizerEventNav } from '@/components/navigation/OrganizerEventNav';
import { Button } from '@/components/ui/Button';
import { PageHeading } from '@/components/ui/PageHeading';
import { QueryBoundary } from '@/components/ui/QueryBoundary';
import { useEvent } from '@/entities/event/get-event';
import { useDocumentTitle } from '@/lib/document-title';
import { useImport } from '../api/get-import';
import { ImportForm } from '../components/ImportForm';
import { ImportProgress } from '../components/ImportProgress';
import { ImportReport } from '../components/ImportReport';

/** The organizer brings an attendee list from a ticketing platform: a preview, the column mapping, progress, report. */
export function ImportRegistrationsPage() {
  const { eventId = '' } = useParams();
  const [searchParams, setSearchParams] = useSearchParams();
  const importId = searchParams.get('import');
  const event = useEvent(eventId);
  useDocumentTitle(event.data ? `Import registrations · ${event.data.title}` : 'Import registrations');
  return (
    <QueryBoundary query={event} loading="Loading the event…" errorTitle="We could not load this event">
      {(found) => (
        <>
          <PageHeading>Import registrations: {found.title}</PageHeading>
          <OrganizerEventNav eventId={eventId} current="registrations" />
          <p>
            Everyone in the file is registered under the event’s capacity (a seat, else the waitlist). A person
            without a Rounds account gets one, and a mail to choose a password. Importing a file again registers
            nobody twice.
          </p>
          {importId ? (
            <ImportRun importId={importId} onAnother={() => { setSearchParams({}); }} />
          ) : (
            <ImportForm eventId={eventId} onStarted={(id) => { setSearchParams({ import: id }); }} />
          )}
        </>
      )}
    </QueryBoundary>
  );
}

function ImportRun({ importId, onAnother }: { importId: string; onAnother: () => void }) {
  const job = useImport(importId);
  return (
    <QueryBoundary query={job} loading="Loading the import…" errorTitle="We could not load this import">
      {(found) => (
        <>
          <ImportProgress job={found} />
          {found.state === 'COMPLETED' && (
            <>
              <ImportReport importId={importId} />
              <Button variant="secondary" onClick={onAnother}>
                Import another file
              </Button>
            </>
          )}
        </>
      )}
    </QueryBoundary>
  );
}
