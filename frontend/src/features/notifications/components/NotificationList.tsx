import type { UseQueryResult } from '@tanstack/react-query';
import { Link } from 'react-router';
import { Button } from '@/components/ui/Button';
import { Spinner } from '@/components/ui/Spinner';
import type { NotificationPage } from '@/lib/api/types';
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
              {notification.eventId && (
                <Link to={`/events/${notification.eventId}`} onClick={onFollowLink}>
                  See the event
                </Link>
              )}
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
