import { useState } from 'react';
import { Button } from '@/components/ui/Button';
import { ErrorState } from '@/components/ui/ErrorState';
import { Spinner } from '@/components/ui/Spinner';
import { useAccount } from '@/lib/session/use-session';
import { useIntroductions } from '../api/get-introductions';
import type { IntroductionFilters } from '../api/keys';
import { CellSharePrompt } from './CellSharePrompt';
import { IntroductionCard } from './IntroductionCard';
import styles from './IntroductionList.module.css';

interface IntroductionListProps {
  filters: IntroductionFilters;
  label: string;
  /** What to say when there are none. */
  empty: string;
}

/**
 * A list of introductions with their actions. The cell number question after an acceptance lives
 * here, not in the card, because the accepted card may leave a list of pending ones at once.
 */
export function IntroductionList({ filters, label, empty }: IntroductionListProps) {
  const account = useAccount();
  const introductions = useIntroductions(filters);
  const [connected, setConnected] = useState<{ connectionId: string; name: string } | undefined>();

  let content;
  if (introductions.isPending) content = <Spinner label="Loading introductions…" />;
  else if (introductions.isLoadingError) {
    content = (
      <ErrorState
        title="We could not load these introductions"
        actions={
          <Button variant="secondary" onClick={() => void introductions.refetch()}>
            Try again
          </Button>
        }
      />
    );
  } else {
    const items = introductions.data.pages.flatMap((page) => page.items);
    content =
      items.length === 0 ? (
        <p className={styles.empty}>{empty}</p>
      ) : (
        <ul className={styles.list} aria-label={label}>
          {items.map((introduction) => (
            <li key={introduction.id}>
              <IntroductionCard
                introduction={introduction}
                myId={account.id}
                onConnected={(connectionId, name) => {
                  setConnected({ connectionId, name });
                }}
              />
            </li>
          ))}
        </ul>
      );
  }
  return (
    <>
      {content}
      {introductions.hasNextPage && (
        <div className={styles.more}>
          <Button
            variant="secondary"
            loading={introductions.isFetchingNextPage}
            onClick={() => void introductions.fetchNextPage()}
          >
            {introductions.isFetchingNextPage ? 'Loading more…' : 'Load more'}
          </Button>
        </div>
      )}
      {connected && (
        <CellSharePrompt
          connectionId={connected.connectionId}
          name={connected.name}
          onDone={() => {
            setConnected(undefined);
          }}
        />
      )}
    </>
  );
}
