import type { UseQueryResult } from '@tanstack/react-query';
import { Link } from 'react-router';
import { Button } from '@/components/ui/Button';
import { Spinner } from '@/components/ui/Spinner';
import type { AppNotification, NotificationPage } from '@/lib/api/types';
import { formatLocalMoment } from '@/lib/time/event-time';
import { useMarkRead } from '../api/mark-read';
import styles from './NotificationsMenu.module.css';

interface NotificationListProps {
  query: UseQueryResult<NotificationPage>;
  onFollowLink: () => void;
}

export function NotificationList({ query, onFollowLink }: NotificationListProps) {
  const markRead = useMarkRead();
  if (query.isPending) return <Spinner label="Loading notifications…" />;
  if (query.isError) {
    return (
      <div role="alert" className={styles.problem}>
        <p>We could not load your notifications.</p>
        <Button size="small" variant="secondary" onClick={() => void query.refetch()}>
          Try again
        </Button>
      </div>
    );
  }
  if (query.data.items.length === 0)
    return <p className={styles.empty}>Nothing new. News about your events appears here.</p>;
  return (
    <ul className={styles.list}>
      {query.data.items.map((notification) => {
        const unread = !notification.readAt;
        return (
          <li key={notification.id} className={unread ? `${styles.item} ${styles.unread}` : styles.item}>
            <p className={styles.message}>
              {unread && <span className="visually-hidden">Unread: </span>}
              {notification.message}
            </p>
            <p className={styles.meta}>
              {formatLocalMoment(notification.createdAt)}
              {linksOf(notification).map((link) => (
                <Link key={link.to} to={link.to} className={styles.link} onClick={onFollowLink}>
                  {link.label}
                </Link>
              ))}
            </p>
            {unread && (
              <Button
                size="small"
                variant="ghost"
                loading={markRead.isPending && markRead.variables === notification.id}
                aria-label={`Mark as read: ${notification.message}`}
                onClick={() => {
                  markRead.mutate(notification.id);
                }}
              >
                Mark as read
              </Button>
            )}
          </li>
        );
      })}
    </ul>
  );
}

/** Where a notification leads: the introduction or connection it tells of first, then its event. */
function linksOf(notification: AppNotification): { to: string; label: string }[] {
  const links: { to: string; label: string }[] = [];
  const about = notification.personName ? ` with ${notification.personName}` : '';
  if (notification.introductionId) {
    links.push({ to: `/introductions/${notification.introductionId}`, label: `Open the introduction${about}` });
  }
  if (notification.connectionId) {
    links.push({ to: `/connections/${notification.connectionId}`, label: `See the connection${about}` });
  }
  if (notification.eventId) links.push({ to: `/events/${notification.eventId}`, label: 'See the event' });
  return links;
}
