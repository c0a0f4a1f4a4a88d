import type { ReactNode } from 'react';
import styles from './Table.module.css';

/**
 * A table that scrolls sideways inside its own box on a narrow screen instead of widening the
 * page; the box is focusable so keyboard users can scroll it too.
 */
export function Table({ caption, children }: { caption: string; children: ReactNode }) {
  return (
    <div className={styles.scroller} role="region" aria-label={caption} tabIndex={0}>
      <table className={styles.table}>
        <caption className="visually-hidden">{caption}</caption>
        {children}
      </table>
    </div>
  );
}
