import type { ReactNode } from 'react';
import styles from './Table.module.css';

/**
 * A table that scrolls sideways inside its own box on a narrow screen instead of widening the
 * page; the box is focusable so keyboard users can scroll it too. A `stacked` table instead shows
 * each row as a card on a phone, every cell under the label its `data-label` gives, so actions at
 * the end of a row stay in reach without scrolling.
 */
export function Table({ caption, stacked = false, children }: { caption: string; stacked?: boolean; children: ReactNode }) {
  return (
    <div className={styles.scroller} role="region" aria-label={caption} tabIndex={0}>
      <table className={stacked ? `${styles.table} ${styles.stacked}` : styles.table}>
        <caption className="visually-hidden">{caption}</caption>
        {children}
      </table>
    </div>
  );
}
