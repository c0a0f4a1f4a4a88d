import { Link } from 'react-router';
import { Badge } from '@/components/ui/Badge';
import { Card } from '@/components/ui/Card';
import { Spinner } from '@/components/ui/Spinner';
import { formatLocalMoment } from '@/lib/time/event-time';
import { useAwaitingAnswers } from '../api/get-awaiting-answers';
import { useDueFollowUps } from '../api/get-due-follow-ups';
import layout from '@/styles/layout.module.css';
import styles from './WhatIsDue.module.css';

/** What needs the attendee now: follow-ups falling due (overdue first) and introductions waiting for their answer. */
export function WhatIsDue() {
  const due = useDueFollowUps();
  const waiting = useAwaitingAnswers();
  return (
    <>
      <Card aria-labelledby="due-soon">
        <h2 id="due-soon">Follow-ups due</h2>
        {due.isPending ? (
          <Spinner label="Loading your follow-ups…" />
        ) : due.isError ? (
          <p role="alert">We could not load your follow-ups.</p>
        ) : due.data.items.length === 0 ? (
          <p className={styles.quiet}>Nothing due in the next three days.</p>
        ) : (
          <ul className={styles.list} aria-label="Follow-ups due soon">
            {due.data.items.map((task) => (
              <li key={task.id}>
                {task.label} · {task.counterpart.fullName}{' '}
                {task.overdue ? <Badge tone="danger">Overdue</Badge> : <span className={styles.quiet}>{formatLocalMoment(task.dueAt)}</span>}
              </li>
            ))}
          </ul>
        )}
        <p className={styles.links}>
          <Link to="/this-week" className={layout.tapTarget}>
            See this week
          </Link>
          <Link to="/calendar" className={layout.tapTarget}>
            Follow-ups and events in your own calendar
          </Link>
        </p>
      </Card>
      <Card aria-labelledby="waiting-answer">
        <h2 id="waiting-answer">Waiting for your answer</h2>
        {waiting.isPending ? (
          <Spinner label="Loading introductions…" />
        ) : waiting.isError ? (
          <p role="alert">We could not load your introductions.</p>
        ) : waiting.data.items.length === 0 ? (
          <p className={styles.quiet}>No introductions wait for you.</p>
        ) : (
          <ul className={styles.list} aria-label="Introductions waiting for your answer">
            {waiting.data.items.map((introduction) => (
              <li key={introduction.id}>
                {introduction.proposedBy.name} · {introduction.eventTitle}
              </li>
            ))}
          </ul>
        )}
        <p>
          <Link to="/introductions">Answer introductions</Link>
        </p>
      </Card>
    </>
  );
}
