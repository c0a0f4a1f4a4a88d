import { useEffect, useId, useRef, useState } from 'react';
import { Button } from '@/components/ui/Button';
import { useNotifications } from '../api/get-notifications';
import { useMarkAllRead } from '../api/mark-all-read';
import { NotificationList } from './NotificationList';
import styles from './NotificationsMenu.module.css';

/**
 * The bell in the top bar: how many notifications are unread, and the latest ones in a panel that
 * opens below it (on a phone, a sheet over the whole screen). Escape, Close or a click elsewhere
 * closes it and focus returns to the bell.
 */
export function NotificationsMenu() {
  const notifications = useNotifications();
  const [open, setOpen] = useState(false);
  const panelId = useId();
  const root = useRef<HTMLDivElement>(null);
  const bell = useRef<HTMLButtonElement>(null);
  const markAllRead = useMarkAllRead();
  const heading = useRef<HTMLHeadingElement>(null);
  const unread = notifications.data?.unreadCount ?? 0;

  function close() {
    setOpen(false);
    bell.current?.focus();
  }

  useEffect(() => {
    if (open) heading.current?.focus();
  }, [open]);

  useEffect(() => {
    if (!open) return undefined;
    const closeOnEscape = (event: KeyboardEvent) => {
      if (event.key !== 'Escape') return;
      setOpen(false);
      bell.current?.focus();
    };
    const closeOnOutside = (event: MouseEvent) => {
      if (!root.current?.contains(event.target as Node)) setOpen(false);
    };
    document.addEventListener('keydown', closeOnEscape);
    document.addEventListener('mousedown', closeOnOutside);
    return () => {
      document.removeEventListener('keydown', closeOnEscape);
      document.removeEventListener('mousedown', closeOnOutside);
    };
  }, [open]);

  return (
    <div ref={root} className={styles.menu}>
      <button
        ref={bell}
        type="button"
        className={styles.bell}
        aria-expanded={open}
        aria-controls={panelId}
        aria-label={unread > 0 ? `Notifications, ${unread} unread` : 'Notifications'}
        onClick={() => {
          setOpen((wasOpen) => !wasOpen);
        }}
      >
        <svg viewBox="0 0 24 24" className={styles.icon} aria-hidden="true" focusable="false">
          <path
            d="M12 3a6 6 0 0 0-6 6v3.6L4.3 16a1 1 0 0 0 .9 1.5h13.6a1 1 0 0 0 .9-1.5L18 12.6V9a6 6 0 0 0-6-6Zm-2.5 16a2.5 2.5 0 0 0 5 0"
            fill="none"
            stroke="currentColor"
            strokeWidth="2"
            strokeLinejoin="round"
          />
        </svg>
        {unread > 0 && (
          <span className={styles.count} aria-hidden="true">
            {unread > 9 ? '9+' : unread}
          </span>
        )}
      </button>
      <div id={panelId} className={styles.panel} hidden={!open}>
        <div className={styles.head}>
          <h2 ref={heading} tabIndex={-1} className={styles.title}>
            Notifications
          </h2>
          {unread > 0 && (
            <Button
              size="small"
              variant="secondary"
              loading={markAllRead.isPending}
              onClick={() => {
                markAllRead.mutate();
              }}
            >
              Mark all read
            </Button>
          )}
          <Button size="small" variant="ghost" onClick={close}>
            Close
          </Button>
        </div>
        <NotificationList
          query={notifications}
          onFollowLink={() => {
            setOpen(false);
          }}
        />
      </div>
    </div>
  );
}
