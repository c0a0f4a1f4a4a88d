import { useState } from 'react';
import { Button } from '@/components/ui/Button';
import { EmptyState } from '@/components/ui/EmptyState';
import { ErrorState } from '@/components/ui/ErrorState';
import { LoadMore } from '@/components/ui/LoadMore';
import { PageHeading } from '@/components/ui/PageHeading';
import { Spinner } from '@/components/ui/Spinner';
import type { IssuedIntegrationKey } from '@/lib/api/types';
import { useDocumentTitle } from '@/lib/document-title';
import { useIntegrationClients } from '../api/get-integration-clients';
import { ClientList } from '../components/ClientList';
import { IssuedKey } from '../components/IssuedKey';
import { NewClientForm } from '../components/NewClientForm';

/** Organizers issue API keys to calendar apps and practice CRMs, and rotate or revoke them. */
export function IntegrationsPage() {
  useDocumentTitle('Integrations');
  const clients = useIntegrationClients();
  const [issued, setIssued] = useState<IssuedIntegrationKey>();
  const items = clients.data?.pages.flatMap((page) => page.items) ?? [];
  return (
    <>
      <PageHeading>Integrations</PageHeading>
      <p>
        Practice CRMs, calendar apps and mailing tools read Rounds with an API key. Each key may do only what you tick,
        and never reads private notes or referral reports.
      </p>
      {issued && (
        <IssuedKey
          issued={issued}
          onDone={() => {
            setIssued(undefined);
          }}
        />
      )}
      {clients.isPending ? (
        <Spinner label="Loading integrations…" />
      ) : clients.isLoadingError ? (
        <ErrorState
          title="We could not load the integrations"
          actions={
            <Button variant="secondary" onClick={() => void clients.refetch()}>
              Try again
            </Button>
          }
        />
      ) : items.length === 0 ? (
        <EmptyState title="No integrations yet">Create a key below for the first one.</EmptyState>
      ) : (
        <>
          <ClientList clients={items} onIssued={setIssued} />
          <LoadMore query={clients} />
        </>
      )}
      <NewClientForm onIssued={setIssued} />
    </>
  );
}
