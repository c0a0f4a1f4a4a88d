import { useState } from 'react';
import { Link } from 'react-router';
import { Button } from '@/components/ui/Button';
import { Card } from '@/components/ui/Card';
import { EmptyState } from '@/components/ui/EmptyState';
import { ErrorState } from '@/components/ui/ErrorState';
import { PageHeading } from '@/components/ui/PageHeading';
import { Spinner } from '@/components/ui/Spinner';
import { useDocumentTitle } from '@/lib/document-title';
import { useProgress } from '../api/get-progress';
import { useWeek } from '../api/get-week';
import { EventProgress } from '../components/EventProgress';
import { FollowUpItem } from '../components/FollowUpItem';
import { groupByDueDay } from '../components/group-by-day';
import styles from './ThisWeekPage.module.css';

const WEEK_MS = 7 * 24 * 60 * 60 * 1000;

function weekFromNow(): string {
  return new Date(Date.now() + WEEK_MS).toISOString().replace(/\.\d{3}Z$/, 'Z');
}

/** The week after the event: every follow-up due within seven days (and any overdue), grouped by day. */
export function ThisWeekPage() {
  useDocumentTitle('This week');
  const [until] = useState(weekFromNow);
  const week = useWeek(until);
  const progress = useProgress();

  return (
    <>
      <PageHeading>This week</PageHeading>
      <p className={styles.lead}>
        Follow up within a week: a card, your biography, referral pads, an email, a call.{' '}
        <Link to="/calendar">Put these in your calendar</Link>.
      </p>
      <div className={styles.grid}>
        <section aria-labelledby="due-heading" className={styles.due}>
          <h2 id="due-heading">Due</h2>
          {week.isPending ? (
            <Spinner label="Loading your follow-ups…" />
          ) : week.isError ? (
            <ErrorState
              title="We could not load your follow-ups"
              actions={
                <Button variant="secondary" onClick={() => void week.refetch()}>
                  Try again
                </Button>
              }
            />
          ) : week.data.items.length === 0 ? (
            <EmptyState title="Nothing due this week">
              <p>When you connect with someone at an event, a short follow-up plan appears here.</p>
            </EmptyState>
          ) : (
            groupByDueDay(week.data.items, new Date()).map((day) => (
              <section key={day.day} aria-labelledby={`day-${day.day}`} className={styles.day}>
                <h3 id={`day-${day.day}`} className={day.day === 'overdue' ? styles.overdueHeading : undefined}>
                  {day.label}
                </h3>
                <ul className={styles.tasks} aria-label={day.label}>
                  {day.tasks.map((task) => (
                    <FollowUpItem key={task.id} task={task} />
                  ))}
                </ul>
              </section>
            ))
          )}
        </section>
        <Card aria-labelledby="progress-heading">
          <h2 id="progress-heading">Progress</h2>
          {progress.isPending ? (
            <Spinner label="Loading your progress…" />
          ) : progress.isError ? (
            <p role="alert">We could not load your progress.</p>
          ) : progress.data.items.length === 0 ? (
            <p>No follow-up plans yet.</p>
          ) : (
            <EventProgress items={progress.data.items} />
          )}
        </Card>
      </div>
    </>
  );
}
