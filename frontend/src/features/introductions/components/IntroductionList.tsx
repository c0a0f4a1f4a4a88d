import { useState } from 'react';
import { LoadMore } from '@/components/ui/LoadMore';
import { QueryBoundary } from '@/components/ui/QueryBoundary';
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
  /** Level of each card's heading: 2 right below the page's heading, 3 inside a section. */
  headingLevel?: 2 | 3;
}

/**
 * A list of introductions with their actions. The cell number question after an acceptance lives
 * here, not in the card, because the accepted card may leave a list of pending ones at once.
 */
export function IntroductionList({ filters, label, empty, headingLevel }: IntroductionListProps) {
  const account = useAccount();
  const introductions = useIntroductions(filters);
  const [connected, setConnected] = useState<{ connectionId: string; name: string } | undefined>();

  return (
    <>
      <QueryBoundary query={introductions} loading="Loading introductions…" errorTitle="We could not load these introductions">
        {(data) => {
          const items = data.pages.flatMap((page) => page.items);
          if (items.length === 0) return <p className={styles.empty}>{empty}</p>;
          return (
            <ul className={styles.list} aria-label={label}>
              {items.map((introduction) => (
                <li key={introduction.id}>
                  <IntroductionCard
                    introduction={introduction}
                    myId={account.id}
                    headingLevel={headingLevel}
                    onConnected={(connectionId, name) => {
                      setConnected({ connectionId, name });
                    }}
                  />
                </li>
              ))}
            </ul>
          );
        }}
      </QueryBoundary>
      <LoadMore query={introductions} />
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
