import { useState } from 'react';
import { Link, useSearchParams } from 'react-router';
import { Button } from '@/components/ui/Button';
import { EmptyState } from '@/components/ui/EmptyState';
import { ErrorState } from '@/components/ui/ErrorState';
import { PageHeading } from '@/components/ui/PageHeading';
import { Spinner } from '@/components/ui/Spinner';
import { TextField } from '@/components/ui/TextField';
import { useDocumentTitle } from '@/lib/document-title';
import { useDebouncedValue } from '@/lib/use-debounced-value';
import { useConnections } from '../api/get-connections';
import { ConnectionCard } from '../components/ConnectionCard';
import styles from './ConnectionsPage.module.css';

/** Everyone the attendee is connected with, searchable; the search stays in the address. */
export function ConnectionsPage() {
  useDocumentTitle('Connections');
  const [searchParams, setSearchParams] = useSearchParams();
  const [typed, setTyped] = useState(searchParams.get('q') ?? '');
  const q = useDebouncedValue(typed.trim());
  return (
    <>
      <PageHeading>Connections</PageHeading>
      <p className={styles.lead}>
        Colleagues you met through an accepted introduction or by scanning a code. Follow up within a week.
      </p>
      <search className={styles.search}>
        <TextField
          id="connections-search"
          label="Search"
          type="search"
          hint="Part of a name, a city or a specialty."
          value={typed}
          onChange={(change) => {
            setTyped(change.target.value);
            const next = change.target.value.trim();
            setSearchParams(next ? { q: next } : {}, { replace: true });
          }}
        />
      </search>
      <ConnectionList q={q} />
    </>
  );
}

function ConnectionList({ q }: { q: string }) {
  const connections = useConnections(q);
  if (connections.isPending) return <Spinner label="Loading your connections…" />;
  if (connections.isLoadingError) {
    return (
      <ErrorState
        title="We could not load your connections"
        actions={
          <Button variant="secondary" onClick={() => void connections.refetch()}>
            Try again
          </Button>
        }
      />
    );
  }
  const items = connections.data.pages.flatMap((page) => page.items);
  if (items.length === 0) {
    return q ? (
      <EmptyState title="No connection matches">
        <p>Nobody among your connections matches “{q}”.</p>
      </EmptyState>
    ) : (
      <EmptyState title="No connections yet" actions={<Link to="/tickets">My tickets</Link>}>
        <p>
          At an event, ask for an introduction from “Whom to meet”, or scan a colleague’s code. Each accepted
          introduction becomes a connection here.
        </p>
      </EmptyState>
    );
  }
  return (
    <>
      <ul className={styles.list} aria-label="Your connections">
        {items.map((connection) => (
          <li key={connection.id}>
            <ConnectionCard connection={connection} />
          </li>
        ))}
      </ul>
      {connections.hasNextPage && (
        <div className={styles.more}>
          <Button
            variant="secondary"
            loading={connections.isFetchingNextPage}
            onClick={() => void connections.fetchNextPage()}
          >
            {connections.isFetchingNextPage ? 'Loading more…' : 'Load more'}
          </Button>
        </div>
      )}
      {connections.isFetchNextPageError && (
        <p role="alert" className={styles.error}>
          We could not load more. Please try again.
        </p>
      )}
    </>
  );
}
