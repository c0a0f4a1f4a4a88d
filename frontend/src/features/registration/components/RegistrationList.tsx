import type { InfiniteData, UseInfiniteQueryResult } from '@tanstack/react-query';
import { EmptyState } from '@/components/ui/EmptyState';
import { LoadMore } from '@/components/ui/LoadMore';
import { QueryBoundary } from '@/components/ui/QueryBoundary';
import type { Registration, RegistrationPage } from '@/lib/api/types';
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
  return (
    <QueryBoundary query={registrations} loading="Loading registrations…" errorTitle="We could not load the registrations">
      {(data) => {
        const items = data.pages.flatMap((page) => page.items);
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
            <LoadMore query={registrations} />
          </>
        );
      }}
    </QueryBoundary>
  );
}
