import type { ReactNode } from 'react';
import styles from './Notice.module.css';

interface NoticeProps {
  tone?: 'info' | 'success' | 'warning';
  title?: string;
  children?: ReactNode;
  /** Announce politely when it appears (role="status"); off for notices present from the start. */
  live?: boolean;
  className?: string;
}

/** A short message about the state of things: "You're registered", "Registration has closed". */
export function Notice({ tone = 'info', title, children, live = false, className }: NoticeProps) {
  return (
    <div role={live ? 'status' : undefined} className={[styles.notice, styles[tone], className ?? ''].join(' ')}>
      {title && <p className={styles.title}>{title}</p>}
      {children && <div className={styles.body}>{children}</div>}
    </div>
  );
}
