import { Link } from 'react-router';
import styles from './FilterTabs.module.css';

export interface FilterTab {
  label: string;
  /** Where the tab leads, usually the same page with another query string. */
  to: string;
  selected: boolean;
}

/**
 * Links that switch a list between views kept in the URL (upcoming / past, registered / waitlisted),
 * so a view can be bookmarked and the back button works. The current one is marked aria-current.
 */
export function FilterTabs({ label, tabs }: { label: string; tabs: FilterTab[] }) {
  return (
    <nav aria-label={label} className={styles.nav}>
      <ul className={styles.list}>
        {tabs.map((tab) => (
          <li key={tab.to}>
            <Link
              to={tab.to}
              replace
              className={tab.selected ? `${styles.tab} ${styles.selected}` : styles.tab}
              aria-current={tab.selected ? 'true' : undefined}
            >
              {tab.label}
            </Link>
          </li>
        ))}
      </ul>
    </nav>
  );
}
