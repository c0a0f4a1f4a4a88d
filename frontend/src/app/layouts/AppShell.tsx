import { Suspense, useState } from 'react';
import { NavLink, Outlet } from 'react-router';
import { Button } from '@/components/ui/Button';
import { Spinner } from '@/components/ui/Spinner';
import { useLogout } from '@/features/auth/api/logout';
import { VerifyEmailBanner } from '@/features/auth/components/VerifyEmailBanner';
import { NotificationsMenu } from '@/features/notifications/components/NotificationsMenu';
import { hasRole, useAccount } from '@/lib/session/use-session';
import { RouteErrorBoundary } from '../routing/ErrorBoundary';
import styles from './AppShell.module.css';
import { Brand } from './Brand';
import { OfflineBanner } from './OfflineBanner';

function navClass({ isActive }: { isActive: boolean }) {
  return isActive ? `${styles.link} ${styles.active}` : styles.link;
}

/**
 * The signed-in frame. On a phone the navigation folds behind a Menu button under the top bar;
 * from tablet width it stays open as a side bar. Items appear only for pages the account may use.
 */
export function AppShell() {
  const account = useAccount();
  const [menuOpen, setMenuOpen] = useState(false);
  const logout = useLogout();
  const closeMenu = () => {
    setMenuOpen(false);
  };

  return (
    <div className={styles.shell}>
      <a href="#main" className={styles.skipLink}>
        Skip to content
      </a>
      <header className={styles.topbar}>
        <Brand />
        <span className={styles.user}>
          <span className="visually-hidden">Signed in as </span>
          {account.displayName}
        </span>
        <NotificationsMenu />
        <button
          type="button"
          className={styles.menuButton}
          aria-expanded={menuOpen}
          aria-controls="primary-navigation"
          onClick={() => {
            setMenuOpen((open) => !open);
          }}
        >
          <span className={styles.menuIcon} aria-hidden="true" />
          Menu
        </button>
      </header>
      <div className={styles.body}>
        <nav id="primary-navigation" aria-label="Main" className={styles.nav} data-open={menuOpen}>
          <ul className={styles.links}>
            <li>
              <NavLink to="/" end className={navClass} onClick={closeMenu}>
                Home
              </NavLink>
            </li>
            <li>
              <NavLink to="/events" className={navClass} onClick={closeMenu}>
                Events
              </NavLink>
            </li>
            <li>
              <NavLink to="/tickets" className={navClass} onClick={closeMenu}>
                My tickets
              </NavLink>
            </li>
            {hasRole(account, 'ATTENDEE') && (
              <>
                <li>
                  <NavLink to="/introductions" className={navClass} onClick={closeMenu}>
                    Introductions
                  </NavLink>
                </li>
                <li>
                  <NavLink to="/connections" className={navClass} onClick={closeMenu}>
                    Connections
                  </NavLink>
                </li>
                <li>
                  <NavLink to="/this-week" className={navClass} onClick={closeMenu}>
                    This week
                  </NavLink>
                </li>
                <li>
                  <NavLink to="/calendar" className={navClass} onClick={closeMenu}>
                    Calendar
                  </NavLink>
                </li>
              </>
            )}
            <li>
              <NavLink to="/profile" className={navClass} onClick={closeMenu}>
                Profile
              </NavLink>
            </li>
          </ul>
          {hasRole(account, 'ORGANIZER') && (
            <div className={styles.section}>
              <p className={styles.sectionTitle} aria-hidden="true">
                Organizing
              </p>
              <ul className={styles.links}>
                <li>
                  <NavLink to="/organizer" end className={navClass} onClick={closeMenu}>
                    Organizer
                  </NavLink>
                </li>
                <li>
                  <NavLink to="/organizer/events" className={navClass} onClick={closeMenu}>
                    Manage events
                  </NavLink>
                </li>
              </ul>
            </div>
          )}
          <div className={styles.signOut}>
            <Button
              variant="secondary"
              fullWidth
              loading={logout.isPending}
              onClick={() => {
                logout.mutate();
              }}
            >
              {logout.isPending ? 'Signing out…' : 'Sign out'}
            </Button>
          </div>
        </nav>
        <main id="main" tabIndex={-1} className={styles.main}>
          <OfflineBanner stillWorks="Your tickets still open; the rest waits for the connection." />
          <VerifyEmailBanner />
          <RouteErrorBoundary>
            <Suspense fallback={<Spinner label="Loading the page…" />}>
              <Outlet />
            </Suspense>
          </RouteErrorBoundary>
        </main>
      </div>
    </div>
  );
}
