import { useSearchParams } from 'react-router';
import { PageHeading } from '@/components/ui/PageHeading';
import { QueryBoundary } from '@/components/ui/QueryBoundary';
import { useDocumentTitle } from '@/lib/document-title';
import { useAccount } from '@/lib/session/use-session';
import { useOrganizers } from '../api/get-organizers';
import { GrantByEmailForm } from '../components/GrantByEmailForm';
import { GrantFromAttendees } from '../components/GrantFromAttendees';
import { OrganizerList } from '../components/OrganizerList';

/**
 * Who organizes: the organizers, removing the role, and granting it by email or (given `?event=`) from an event's
 * attendees. The server keeps at least one organizer whatever is clicked here.
 */
export function OrganizersPage() {
  useDocumentTitle('Organizers');
  const account = useAccount();
  const [params] = useSearchParams();
  const eventId = params.get('event');
  const organizers = useOrganizers();
  return (
    <>
      <PageHeading>Organizers</PageHeading>
      <p>Organizers manage every event, see the dashboards and grant this role. Attendees never see these pages.</p>
      <QueryBoundary query={organizers} loading="Loading the organizers…" errorTitle="We could not load the organizers">
        {(data) => <OrganizerList organizers={data.items} me={account.id} />}
      </QueryBoundary>
      <GrantByEmailForm />
      {eventId && (
        <GrantFromAttendees
          eventId={eventId}
          organizerIds={new Set(organizers.data?.items.map((organizer) => organizer.id) ?? [])}
        />
      )}
    </>
  );
}
