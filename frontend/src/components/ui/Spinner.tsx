import styles from './Spinner.module.css';

interface SpinnerProps {
  /** What is loading, read to screen readers. */
  label?: string;
  size?: 'small' | 'large';
}

export function Spinner({ label = 'Loading…', size = 'small' }: SpinnerProps) {
  return (
    <div role="status" className={styles.wrapper}>
      <span className={`${styles.spinner} ${styles[size]}`} aria-hidden="true" />
      <span className="visually-hidden">{label}</span>
    </div>
  );
}
