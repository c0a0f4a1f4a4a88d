import { useState } from 'react';
import { Badge } from '@/components/ui/Badge';
import { Button } from '@/components/ui/Button';
import { ConfirmDialog } from '@/components/ui/ConfirmDialog';
import { Table } from '@/components/ui/Table';
import { errorMessage } from '@/lib/api/error-message';
import type { IntegrationClient, IssuedIntegrationKey } from '@/lib/api/types';
import { formatLocalMoment } from '@/lib/time/event-time';
import { useRevokeIntegrationClient } from '../api/revoke-integration-client';
import { useRotateIntegrationKey } from '../api/rotate-integration-key';

type Pending = { action: 'rotate' | 'revoke'; client: IntegrationClient } | undefined;

/** The clients with their scopes and last use; rotating and revoking each ask first. */
export function ClientList({
  clients,
  onIssued,
}: {
  clients: IntegrationClient[];
  onIssued: (issued: IssuedIntegrationKey) => void;
}) {
  const rotate = useRotateIntegrationKey();
  const revoke = useRevokeIntegrationClient();
  const [pending, setPending] = useState<Pending>();
  const running = pending?.action === 'rotate' ? rotate : revoke;
  const close = () => {
    setPending(undefined);
    rotate.reset();
    revoke.reset();
  };
  return (
    <>
      <Table caption="Integration clients">
        <thead>
          <tr>
            <th scope="col">Name</th>
            <th scope="col">Scopes</th>
            <th scope="col">Key</th>
            <th scope="col">Last used</th>
            <th scope="col">Actions</th>
          </tr>
        </thead>
        <tbody>
          {clients.map((client) => (
            <tr key={client.id}>
              <th scope="row">
                {client.name} {client.revokedAt && <Badge tone="neutral">Revoked</Badge>}
              </th>
              <td>{client.scopes.join(', ')}</td>
              <td>
                <code>{client.keyHint}…</code>
                {client.previousKeyExpiresAt && (
                  <div>Old key works until {formatLocalMoment(client.previousKeyExpiresAt)}</div>
                )}
              </td>
              <td>{client.lastUsedAt ? formatLocalMoment(client.lastUsedAt) : 'Never'}</td>
              <td>
                {!client.revokedAt && (
                  <>
                    <Button
                      variant="secondary"
                      size="small"
                      aria-label={`Rotate key: ${client.name}`}
                      onClick={() => {
                        setPending({ action: 'rotate', client });
                      }}
                    >
                      Rotate key
                    </Button>{' '}
                    <Button
                      variant="ghost"
                      size="small"
                      aria-label={`Revoke ${client.name}`}
                      onClick={() => {
                        setPending({ action: 'revoke', client });
                      }}
                    >
                      Revoke
                    </Button>
                  </>
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </Table>
      <ConfirmDialog
        open={pending !== undefined}
        title={pending?.action === 'rotate' ? `Rotate the key of ${pending.client.name}?` : `Revoke ${pending?.client.name ?? ''}?`}
        confirmLabel={pending?.action === 'rotate' ? 'Rotate key' : 'Revoke'}
        pendingLabel={pending?.action === 'rotate' ? 'Rotating…' : 'Revoking…'}
        destructive={pending?.action === 'revoke'}
        pending={running.isPending}
        error={running.isError ? errorMessage(running.error, 'That did not work. Please try again.') : undefined}
        onClose={close}
        onConfirm={() => {
          if (!pending) return;
          if (pending.action === 'rotate') {
            rotate.mutate(pending.client.id, {
              onSuccess: (issued) => {
                close();
                onIssued(issued);
              },
            });
          } else {
            revoke.mutate(pending.client.id, { onSuccess: close });
          }
        }}
      >
        <p>
          {pending?.action === 'rotate'
            ? 'You get a new key. The current one keeps working for a grace period (a day by default), so the integration can switch over.'
            : 'Both of its keys stop working at once. This cannot be undone: a new integration needs a new key.'}
        </p>
      </ConfirmDialog>
    </>
  );
}
