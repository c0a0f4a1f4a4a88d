import { useState } from 'react';
import { Link, useSearchParams } from 'react-router';
import { EmptyState } from '@/components/ui/EmptyState';
import { LoadMore } from '@/components/ui/LoadMore';
import { PageHeading } from '@/components/ui/PageHeading';
import { QueryBoundary } from '@/components/ui/QueryBoundary';
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
  return (
    <QueryBoundary query={connections} loading="Loading your connections…" errorTitle="We could not load your connections">
      {(data) => {
        const items = data.pages.flatMap((page) => page.items);
        if (items.length === 0) return <NoConnections q={q} />;
        return (
          <>
            <ul className={styles.list} aria-label="Your connections">
              {items.map((connection) => (
                <li key={connection.id}>
                  <ConnectionCard connection={connection} />
                </li>
              ))}
            </ul>
            <LoadMore query={connections} />
          </>
        );
      }}
    </QueryBoundary>
  );
}

function NoConnections({ q }: { q: string }) {
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
