import type { ReactNode } from 'react';
import styles from './ErrorState.module.css';

interface ErrorStateProps {
  title?: string;
  children?: ReactNode;
  actions?: ReactNode;
}

/** Something could not be shown; announced at once because it replaces what the user waited for. */
export function ErrorState({ title = 'Something went wrong', children, actions }: ErrorStateProps) {
  return (
    <div role="alert" className={styles.state}>
      <h2 className={styles.title}>{title}</h2>
      {children && <div>{children}</div>}
      {actions && <div className={styles.actions}>{actions}</div>}
    </div>
  );
}
