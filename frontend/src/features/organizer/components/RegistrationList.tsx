import type { InfiniteData, UseInfiniteQueryResult } from '@tanstack/react-query';
import { Button } from '@/components/ui/Button';
import { EmptyState } from '@/components/ui/EmptyState';
import { ErrorState } from '@/components/ui/ErrorState';
import { Spinner } from '@/components/ui/Spinner';
import type { Registration, RegistrationPage } from '@/lib/api/types';
import styles from './RegistrationsManager.module.css';
import { RegistrationsTable } from './RegistrationsTable';

interface RegistrationListProps {
  registrations: UseInfiniteQueryResult<InfiniteData<RegistrationPage>>;
  caption: string;
  empty: { title: string; text: string };
  seatFree: boolean;
  busyId: string | undefined;
  onPromote: (registration: Registration) => void;
  onRemove: (registration: Registration) => void;
}

/** One status's registrations: loading, failed, empty, or the table with "Load more". */
export function RegistrationList({ registrations, caption, empty, ...tableProps }: RegistrationListProps) {
  if (registrations.isPending) return <Spinner label="Loading registrations…" />;
  if (registrations.isLoadingError) {
    return (
      <ErrorState
        title="We could not load the registrations"
        actions={
          <Button variant="secondary" onClick={() => void registrations.refetch()}>
            Try again
          </Button>
        }
      />
    );
  }
  const items = registrations.data.pages.flatMap((page) => page.items);
  if (items.length === 0) {
    return (
      <EmptyState title={empty.title}>
        <p>{empty.text}</p>
      </EmptyState>
    );
  }
  return (
    <>
      <RegistrationsTable registrations={items} caption={caption} {...tableProps} />
      {registrations.hasNextPage && (
        <div className={styles.more}>
          <Button
            variant="secondary"
            loading={registrations.isFetchingNextPage}
            onClick={() => void registrations.fetchNextPage()}
          >
            {registrations.isFetchingNextPage ? 'Loading more…' : 'Load more'}
          </Button>
        </div>
      )}
    </>
  );
}
