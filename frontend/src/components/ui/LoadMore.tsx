import { Button } from './Button';
import styles from './LoadMore.module.css';

/** The part of a TanStack infinite query that "Load more" needs. */
interface PagedQuery {
  hasNextPage: boolean;
  isFetchingNextPage: boolean;
  isFetchNextPageError: boolean;
  fetchNextPage: () => unknown;
}

interface LoadMoreProps {
  query: PagedQuery;
  label?: string;
  pendingLabel?: string;
  /** Runs before the next page is asked for, e.g. to remember where focus should go. */
  onLoad?: () => void;
  failedText?: string;
}

/** "Load more" under a paged list while there is more, and an announced line when the next page fails. */
export function LoadMore({
  query,
  label = 'Load more',
  pendingLabel = 'Loading more…',
  onLoad,
  failedText = 'We could not load more. Please try again.',
}: LoadMoreProps) {
  return (
    <>
      {query.hasNextPage && (
        <div className={styles.more}>
          <Button
            variant="secondary"
            loading={query.isFetchingNextPage}
            onClick={() => {
              onLoad?.();
              void query.fetchNextPage();
            }}
          >
            {query.isFetchingNextPage ? pendingLabel : label}
          </Button>
        </div>
      )}
      {query.isFetchNextPageError && (
        <p role="alert" className={styles.error}>
          {failedText}
        </p>
      )}
    </>
  );
}
