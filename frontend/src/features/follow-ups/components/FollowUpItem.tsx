import { Badge } from '@/components/ui/Badge';
import { Button } from '@/components/ui/Button';
import type { FollowUpTask } from '@/lib/api/types';
import { useChangeFollowUp } from '../api/change-follow-up';
import styles from './FollowUpItem.module.css';

const TIME = new Intl.DateTimeFormat('en-US', { hour: 'numeric', minute: '2-digit' });

/** One task: what, for whom, when; done in one tap (and undone as easily). */
export function FollowUpItem({ task }: { task: FollowUpTask }) {
  const change = useChangeFollowUp();
  const closed = task.status !== 'OPEN';
  const label = `${task.label} · ${task.counterpart.fullName}`;
  return (
    <li className={[styles.item, task.overdue ? styles.overdue : '', closed ? styles.closed : ''].join(' ')}>
      <article aria-label={label} className={styles.body}>
        <p className={styles.what}>{label}</p>
        <p className={styles.meta}>
          {task.eventTitle} · due {TIME.format(new Date(task.dueAt))}
          {task.overdue && (
            <>
              {' '}
              <Badge tone="danger">Overdue</Badge>
            </>
          )}
          {task.status === 'DONE' && (
            <>
              {' '}
              <Badge tone="success">Done</Badge>
            </>
          )}
          {task.status === 'SKIPPED' && (
            <>
              {' '}
              <Badge>Skipped</Badge>
            </>
          )}
        </p>
        {task.emailDraft && !closed && (
          <p className={styles.meta}>
            <a href={task.emailDraft.mailto}>Open a drafted email to {task.emailDraft.to}</a>
          </p>
        )}
      </article>
      <div className={styles.actions}>
        {closed ? (
          <Button
            variant="ghost"
            size="small"
            loading={change.isPending}
            aria-label={`Reopen: ${label}`}
            onClick={() => { change.mutate({ taskId: task.id, change: { status: 'OPEN' } }); }}
          >
            Reopen
          </Button>
        ) : (
          <>
            <Button
              size="small"
              loading={change.isPending}
              aria-label={`Done: ${label}`}
              onClick={() => { change.mutate({ taskId: task.id, change: { status: 'DONE' } }); }}
            >
              Done
            </Button>
            <Button
              variant="secondary"
              size="small"
              disabled={change.isPending}
              aria-label={`Snooze until tomorrow: ${label}`}
              onClick={() => { change.mutate({ taskId: task.id, change: { snoozeDays: 1 } }); }}
            >
              Tomorrow
            </Button>
            <Button
              variant="ghost"
              size="small"
              disabled={change.isPending}
              aria-label={`Skip: ${label}`}
              onClick={() => { change.mutate({ taskId: task.id, change: { status: 'SKIPPED' } }); }}
            >
              Skip
            </Button>
          </>
        )}
      </div>
      {change.isError && (
        <p role="alert" className={styles.error}>
          That did not save. Try again.
        </p>
      )}
    </li>
  );
}
