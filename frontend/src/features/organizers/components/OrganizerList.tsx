import { useState } from 'react';
import { Button } from '@/components/ui/Button';
import { ConfirmDialog } from '@/components/ui/ConfirmDialog';
import { Table } from '@/components/ui/Table';
import { errorMessage } from '@/lib/api/error-message';
import type { AccountRoles } from '@/lib/api/types';
import { useSetOrganizer } from '../api/set-organizer';

/** The organizers, each with a way to take the role away; the server refuses to remove the last one. */
export function OrganizerList({ organizers, me }: { organizers: AccountRoles[]; me: string }) {
  const setOrganizer = useSetOrganizer();
  const [removing, setRemoving] = useState<AccountRoles>();
  const close = () => {
    setRemoving(undefined);
    setOrganizer.reset();
  };
  const isMe = removing?.id === me;
  return (
    <>
      <Table caption="Organizers">
        <thead>
          <tr>
            <th scope="col">Name</th>
            <th scope="col">Email</th>
            <th scope="col">Actions</th>
          </tr>
        </thead>
        <tbody>
          {organizers.map((organizer) => (
            <tr key={organizer.id}>
              <th scope="row">
                {organizer.displayName}
                {organizer.id === me ? ' (you)' : ''}
              </th>
              <td>{organizer.email}</td>
              <td>
                <Button
                  variant="secondary"
                  size="small"
                  aria-label={`Remove the organizer role of ${organizer.displayName}`}
                  onClick={() => {
                    setRemoving(organizer);
                  }}
                >
                  Remove role
                </Button>
              </td>
            </tr>
          ))}
        </tbody>
      </Table>
      <ConfirmDialog
        open={removing !== undefined}
        title={isMe ? 'Remove your own organizer role?' : `Remove the organizer role of ${removing?.displayName ?? ''}?`}
        confirmLabel="Remove role"
        pendingLabel="Removing…"
        pending={setOrganizer.isPending}
        error={setOrganizer.isError ? errorMessage(setOrganizer.error, 'That did not work. Please try again.') : undefined}
        onClose={close}
        onConfirm={() => {
          if (removing) setOrganizer.mutate({ account: removing, organizer: false }, { onSuccess: close });
        }}
      >
        <p>
          {isMe
            ? 'You will no longer manage events once your session renews (within minutes). Another organizer can give the role back.'
            : 'They will no longer manage events once their session renews (within minutes). Their attendee account stays.'}
        </p>
      </ConfirmDialog>
    </>
  );
}
