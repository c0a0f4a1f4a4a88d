import { Link, useSearchParams } from 'react-router';
import { Button } from '@/components/ui/Button';
import { EmptyState } from '@/components/ui/EmptyState';
import { ErrorState } from '@/components/ui/ErrorState';
import { FilterTabs } from '@/components/ui/FilterTabs';
import { PageHeading } from '@/components/ui/PageHeading';
import { Spinner } from '@/components/ui/Spinner';
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

  if (tickets.isPending) return <Spinner label="Loading your tickets…" />;
  if (tickets.isLoadingError) {
    return (
      <ErrorState
        title="We could not load your tickets"
        actions={
          <Button variant="secondary" onClick={() => void tickets.refetch()}>
            Try again
          </Button>
        }
      >
        <p>Your registrations are safe; this is a problem reaching Rounds.</p>
      </ErrorState>
    );
  }
  const items = tickets.data.pages.flatMap((page) => page.items);
  if (items.length === 0) {
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
  return (
    <>
      <ul className={styles.list}>
        {items.map((ticket) => (
          <li key={ticket.registration.id}>
            <TicketCard ticket={ticket} />
          </li>
        ))}
      </ul>
      {tickets.hasNextPage && (
        <div className={styles.more}>
          <Button variant="secondary" loading={tickets.isFetchingNextPage} onClick={() => void tickets.fetchNextPage()}>
            {tickets.isFetchingNextPage ? 'Loading more…' : 'Load more'}
          </Button>
        </div>
      )}
      {tickets.isFetchNextPageError && (
        <p role="alert" className={styles.error}>
          We could not load more. Please try again.
        </p>
      )}
    </>
  );
}
