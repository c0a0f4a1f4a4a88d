import { Button } from '@/components/ui/Button';
import { Table } from '@/components/ui/Table';
import type { Registration } from '@/lib/api/types';
import { formatLocalMoment } from '@/lib/time/event-time';
import styles from './RegistrationsTable.module.css';

interface RegistrationsTableProps {
  registrations: Registration[];
  caption: string;
  /** Whether a free seat exists, so someone can be moved off the waitlist now. */
  seatFree: boolean;
  busyId: string | undefined;
  onPromote: (registration: Registration) => void;
  onRemove: (registration: Registration) => void;
}

const holdsPlace = (registration: Registration) =>
  registration.status === 'REGISTERED' || registration.status === 'WAITLISTED';

export function RegistrationsTable({
  registrations,
  caption,
  seatFree,
  busyId,
  onPromote,
  onRemove,
}: RegistrationsTableProps) {
  const waitlist = registrations.some((registration) => registration.status === 'WAITLISTED');
  const checkedIn = registrations.some((registration) => registration.checkedInAt);
  const actions = registrations.some(holdsPlace);
  return (
    <Table caption={caption} stacked>
      <thead>
        <tr>
          {waitlist && <th scope="col">Place</th>}
          <th scope="col">Name</th>
          <th scope="col">Registered</th>
          {checkedIn && <th scope="col">Checked in</th>}
          {actions && <th scope="col">Actions</th>}
        </tr>
      </thead>
      <tbody>
        {registrations.map((registration) => (
          <tr key={registration.id}>
            {waitlist && (
              <td data-label="Place">{registration.waitlistPosition ? `#${registration.waitlistPosition}` : ''}</td>
            )}
            <th scope="row" className={styles.name}>
              {registration.attendeeName}
            </th>
            <td className={styles.when} data-label="Registered">
              {formatLocalMoment(registration.createdAt)}
            </td>
            {checkedIn && (
              <td className={styles.when} data-label="Checked in">
                {registration.checkedInAt ? formatLocalMoment(registration.checkedInAt) : ''}
              </td>
            )}
            {actions && (
              <td>
                <div className={styles.actions}>
                  {registration.status === 'WAITLISTED' && (
                    <Button
                      size="small"
                      disabled={!seatFree}
                      loading={busyId === registration.id}
                      title={seatFree ? undefined : 'No seat is free: raise the capacity first.'}
                      aria-label={`Move off waitlist: ${registration.attendeeName}`}
                      onClick={() => {
                        onPromote(registration);
                      }}
                    >
                      Move off waitlist
                    </Button>
                  )}
                  {holdsPlace(registration) && (
                    <Button
                      size="small"
                      variant="secondary"
                      aria-label={`Remove ${registration.attendeeName}`}
                      onClick={() => {
                        onRemove(registration);
                      }}
                    >
                      Remove
                    </Button>
                  )}
                </div>
              </td>
            )}
          </tr>
        ))}
      </tbody>
    </Table>
  );
}
