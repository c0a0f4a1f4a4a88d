import { useState } from 'react';
import { Button } from '@/components/ui/Button';
import { ConfirmDialog } from '@/components/ui/ConfirmDialog';
import { ErrorState } from '@/components/ui/ErrorState';
import { Notice } from '@/components/ui/Notice';
import { Spinner } from '@/components/ui/Spinner';
import { useCalendarFeed } from '../api/get-calendar-feed';
import { useRegenerateCalendarFeed } from '../api/regenerate-calendar-feed';
import styles from './CalendarSubscription.module.css';

/** Subscribe once: copy the secret URL, or open it as webcal://, and replace it if it leaked. */
export function CalendarSubscription() {
  const feed = useCalendarFeed();
  const regenerate = useRegenerateCalendarFeed();
  const [copied, setCopied] = useState(false);
  const [confirming, setConfirming] = useState(false);

  if (feed.isPending) return <Spinner label="Loading your calendar address…" />;
  if (feed.isError) {
    return (
      <ErrorState
        title="We could not load your calendar address"
        actions={
          <Button variant="secondary" onClick={() => void feed.refetch()}>
            Try again
          </Button>
        }
      />
    );
  }
  const { url, webcalUrl } = feed.data;
  return (
    <div className={styles.panel}>
      <p>
        Your events and follow-ups, in Apple Calendar, Google Calendar or Outlook. Anyone with this address can read the
        calendar: keep it to yourself.
      </p>
      <label htmlFor="feed-url" className={styles.label}>
        Calendar address
      </label>
      <input id="feed-url" className={styles.url} readOnly value={url} onFocus={(focus) => { focus.target.select(); }} />
      <div className={styles.actions}>
        <Button
          onClick={() => {
            void navigator.clipboard.writeText(url).then(() => { setCopied(true); });
          }}
        >
          Copy address
        </Button>
        <a className={styles.subscribe} href={webcalUrl}>
          Subscribe in your calendar app
        </a>
        <Button variant="ghost" onClick={() => { setConfirming(true); }} loading={regenerate.isPending}>
          Make a new address
        </Button>
      </div>
      <p role="status" className={styles.status}>
        {copied ? 'Address copied.' : regenerate.isSuccess ? 'New address made; the old one no longer works.' : ''}
      </p>
      <Notice title="Google Calendar may take up to a day">
        <p>
          Apple Calendar and Outlook check every hour. Google Calendar refreshes subscribed calendars on its own schedule,
          which can take up to a day; changes made in Rounds appear there late, not never.
        </p>
      </Notice>
      <ConfirmDialog
        open={confirming}
        title="Make a new calendar address?"
        confirmLabel="Make a new address"
        onClose={() => { setConfirming(false); }}
        onConfirm={() => {
          setConfirming(false);
          regenerate.mutate();
        }}
      >
        <p>The old address stops working at once: every calendar subscribed to it needs the new one.</p>
      </ConfirmDialog>
    </div>
  );
}
