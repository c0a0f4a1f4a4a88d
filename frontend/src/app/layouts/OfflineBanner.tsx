import { useOnline } from '@/lib/use-online';
import styles from './OfflineBanner.module.css';

/**
 * Says "You are offline" while the connection is gone, then what still works here. The live region is always in the
 * page, so the change is announced.
 */
export function OfflineBanner({ stillWorks }: { stillWorks: string }) {
  const online = useOnline();
  return (
    <div aria-live="polite" className={online ? undefined : styles.banner}>
      {!online && `You are offline. ${stillWorks}`}
    </div>
  );
}
