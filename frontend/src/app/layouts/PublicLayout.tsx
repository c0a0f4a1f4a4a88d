import { Outlet } from 'react-router';
import { RouteErrorBoundary } from '../routing/ErrorBoundary';
import { Brand } from './Brand';
import { OfflineBanner } from './OfflineBanner';
import styles from './PublicLayout.module.css';

/** The frame for pages seen before signing in: brand, content, a line about who Rounds is for. */
export function PublicLayout() {
  return (
    <div className={styles.page}>
      <header className={styles.header}>
        <Brand />
      </header>
      <main id="main" className={styles.main}>
        <OfflineBanner stillWorks="Signing in waits for the connection." />
        <RouteErrorBoundary>
          <Outlet />
        </RouteErrorBoundary>
      </main>
      <footer className={styles.footer}>Networking events for physicians and medical professionals.</footer>
    </div>
  );
}
