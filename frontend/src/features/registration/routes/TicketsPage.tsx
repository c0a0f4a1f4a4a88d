import { Link, useSearchParams } from 'react-router';
import { EmptyState } from '@/components/ui/EmptyState';
import { FilterTabs } from '@/components/ui/FilterTabs';
import { LoadMore } from '@/components/ui/LoadMore';
import { PageHeading } from '@/components/ui/PageHeading';
import { QueryBoundary } from '@/components/ui/QueryBoundary';
import { useDocumentTitle } from '@/lib/document-title';
import { useMyTickets } from '../api/get-my-tickets';
import { TicketCard } from '../components/TicketCard';
import styles from './TicketsPage.module.css';

export function TicketsPage() {
  useDocumentTitle('My tickets');
  const [searchParams] = useSearchParams();
  const past = searchParams.get('past') === 'true';
  return (
    <>
      <PageHeading>My tickets</PageHeading>
      <FilterTabs
        label="Which events"
        tabs={[
          { label: 'Upcoming', to: '/tickets', selected: !past },
          { label: 'Past', to: '/tickets?past=true', selected: past },
        ]}
      />
      <TicketList past={past} />
    </>
  );
}

function TicketList({ past }: { past: boolean }) {
  const tickets = useMyTickets(past);
  return (
    <QueryBoundary
      query={tickets}
      loading="Loading your tickets…"
      errorTitle="We could not load your tickets"
      errorText={<p>Your registrations are safe; this is a problem reaching Rounds.</p>}
    >
      {(data) => {
        const items = data.pages.flatMap((page) => page.items);
        return items.length === 0 ? (
          <NoTickets past={past} />
        ) : (
          <>
            <ul className={styles.list}>
              {items.map((ticket) => (
                <li key={ticket.registration.id}>
                  <TicketCard ticket={ticket} />
                </li>
              ))}
            </ul>
            <LoadMore query={tickets} />
          </>
        );
      }}
    </QueryBoundary>
  );
}

function NoTickets({ past }: { past: boolean }) {
  return past ? (
    <EmptyState title="No past events yet">
      <p>Events you attended will be listed here.</p>
    </EmptyState>
  ) : (
    <EmptyState title="No upcoming events" actions={<Link to="/events">Find an event</Link>}>
      <p>When you register for an event, your door ticket appears here.</p>
    </EmptyState>
  );
}
