import { Spinner } from '@/components/ui/Spinner';
import styles from './RestoringSession.module.css';

export function RestoringSession() {
  return (
    <div className={styles.screen}>
      <Spinner size="large" label="Signing you in…" />
    </div>
  );
}
