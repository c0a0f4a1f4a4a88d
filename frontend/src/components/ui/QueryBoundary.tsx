import type { ReactNode } from 'react';
import { isConnectionFailure, isMissing, OFFLINE } from '@/lib/api/error-message';
import { Button } from './Button';
import { ErrorState } from './ErrorState';
import { Spinner } from './Spinner';

/** The part of a TanStack query (plain or infinite) that decides what a page shows. */
interface QueryState<T> {
  isPending: boolean;
  /** Failed before any data came; a failed background refresh keeps showing what is there. */
  isLoadingError: boolean;
  error: unknown;
  data: T | undefined;
  refetch: () => unknown;
}

interface QueryBoundaryProps<T> {
  query: QueryState<T>;
  /** What is loading, read to screen readers. */
  loading: string;
  /** Heading of the error, e.g. "We could not load this event". */
  errorTitle: string;
  /** Said under the title when the server failed; a lost connection says so instead. */
  errorText?: ReactNode;
  /** Shown instead of the error when the server says the thing is not there (by default 400 or 404). */
  missing?: ReactNode;
  missingStatuses?: readonly number[];
  children: (data: T) => ReactNode;
}

/** Loading, then the data, or an announced error with "Try again": the same on every page. */
export function QueryBoundary<T>({
  query,
  loading,
  errorTitle,
  errorText,
  missing,
  missingStatuses,
  children,
}: QueryBoundaryProps<T>) {
  if (query.isPending) return <Spinner label={loading} />;
  if (query.isLoadingError || query.data === undefined) {
    if (missing && isMissing(query.error, missingStatuses)) return missing;
    return (
      <ErrorState
        title={errorTitle}
        actions={
          <Button variant="secondary" onClick={() => void query.refetch()}>
            Try again
          </Button>
        }
      >
        {isConnectionFailure(query.error) ? <p>{OFFLINE}</p> : errorText}
      </ErrorState>
    );
  }
  return children(query.data);
}
