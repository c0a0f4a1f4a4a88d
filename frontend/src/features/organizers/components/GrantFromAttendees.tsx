import { useState } from 'react';
import { Button } from '@/components/ui/Button';
import { Notice } from '@/components/ui/Notice';
import { QueryBoundary } from '@/components/ui/QueryBoundary';
import { Table } from '@/components/ui/Table';
import { TextField } from '@/components/ui/TextField';
import { useRegistrations } from '@/entities/registration/get-registrations';
import { errorMessage } from '@/lib/api/error-message';
import type { Registration } from '@/lib/api/types';
import { useDebouncedValue } from '@/lib/use-debounced-value';
import { useSetOrganizer } from '../api/set-organizer';

/** The attendees of one event, by name, each one click from the organizer role. */
export function GrantFromAttendees({ eventId, organizerIds }: { eventId: string; organizerIds: ReadonlySet<string> }) {
  const [typed, setTyped] = useState('');
  const q = useDebouncedValue(typed.trim());
  const registrations = useRegistrations(eventId, { status: undefined, q });
  const setOrganizer = useSetOrganizer();
  const [granting, setGranting] = useState<Registration>();
  return (
    <section aria-labelledby="from-attendees-heading">
      <h2 id="from-attendees-heading">From this event’s attendees</h2>
      <TextField
        id="grant-attendee-search"
        type="search"
        label="Find an attendee by name"
        value={typed}
        onChange={(event) => {
          setTyped(event.target.value);
        }}
      />
      {setOrganizer.isError && (
        <Notice tone="warning" live>
          {errorMessage(setOrganizer.error, 'That did not work. Please try again.')}
        </Notice>
      )}
      {setOrganizer.isSuccess && granting && (
        <Notice tone="success" live>
          {granting.attendeeName} is now an organizer.
        </Notice>
      )}
      <QueryBoundary query={registrations} loading="Loading the attendees…" errorTitle="We could not load the attendees">
        {(data) => {
          const attendees = data.pages
            .flatMap((page) => page.items)
            .filter((registration) => registration.status !== 'CANCELLED');
          return attendees.length === 0 ? (
            <p>{q ? 'Nobody of that name registered.' : 'Nobody has registered yet.'}</p>
          ) : (
            <Table caption="Attendees">
              <thead>
                <tr>
                  <th scope="col">Name</th>
                  <th scope="col">Organizer role</th>
                </tr>
              </thead>
              <tbody>
                {attendees.map((registration) => (
                  <tr key={registration.id}>
                    <th scope="row">{registration.attendeeName}</th>
                    <td>
                      {organizerIds.has(registration.attendeeId) ? (
                        'Organizer'
                      ) : (
                        <Button
                          size="small"
                          variant="secondary"
                          loading={setOrganizer.isPending && granting?.id === registration.id}
                          aria-label={`Make ${registration.attendeeName} an organizer`}
                          onClick={() => {
                            setGranting(registration);
                            setOrganizer.mutate({
                              account: { id: registration.attendeeId, roles: ['ATTENDEE'] },
                              organizer: true,
                            });
                          }}
                        >
                          Make organizer
                        </Button>
                      )}
                    </td>
                  </tr>
                ))}
              </tbody>
            </Table>
          );
        }}
      </QueryBoundary>
    </section>
  );
}
