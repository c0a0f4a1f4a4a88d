import type { ReactNode } from 'react';
import styles from './EmptyState.module.css';
import { PageHeading } from './PageHeading';

interface EmptyStateProps {
  title: string;
  /** A page-level state (404, not allowed) owns the page's h1; one inside a page uses h2. */
  headingLevel?: 1 | 2;
  children?: ReactNode;
  actions?: ReactNode;
}

export function EmptyState({ title, headingLevel = 2, children, actions }: EmptyStateProps) {
  return (
    <div className={styles.state}>
      {headingLevel === 1 ? <PageHeading>{title}</PageHeading> : <h2>{title}</h2>}
      {children && <div className={styles.body}>{children}</div>}
      {actions && <div className={styles.actions}>{actions}</div>}
    </div>
  );
}
