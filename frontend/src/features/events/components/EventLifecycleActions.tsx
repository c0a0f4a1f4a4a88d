import { useEffect, useRef, useState } from 'react';
import { Button } from '@/components/ui/Button';
import { ConfirmDialog } from '@/components/ui/ConfirmDialog';
import { Notice } from '@/components/ui/Notice';
import { errorMessage } from '@/lib/api/error-message';
import type { RoundsEvent } from '@/lib/api/types';
import { useCancelEvent } from '../api/cancel-event';
import { useCompleteEvent } from '../api/complete-event';
import { usePublishEvent } from '../api/publish-event';
import styles from './EventLifecycleActions.module.css';

type Action = 'publish' | 'cancel' | 'complete';

interface ActionCopy {
  button: string;
  title: string;
  body: string;
  confirm: string;
  pending: string;
  done: string;
  danger: boolean;
}

const COPY: Record<Action, ActionCopy> = {
  publish: {
    button: 'Publish',
    title: 'Publish this event?',
    body: 'Attendees can then find it and register while registration is open. A published event cannot go back to draft.',
    confirm: 'Publish event',
    pending: 'Publishing…',
    done: 'The event is published. Attendees can find it and register.',
    danger: false,
  },
  complete: {
    button: 'Mark as held',
    title: 'Mark this event as held?',
    body: 'Registered attendees who were never checked in become no-shows, and check-in closes. This cannot be undone.',
    confirm: 'Mark as held',
    pending: 'Saving…',
    done: 'The event is marked as held.',
    danger: false,
  },
  cancel: {
    button: 'Cancel event',
    title: 'Cancel this event?',
    body: 'Everyone registered or on the waitlist is told that it is cancelled. This cannot be undone.',
    confirm: 'Cancel event',
    pending: 'Cancelling…',
    done: 'The event is cancelled, and its attendees have been told.',
    danger: true,
  },
};

function actionsFor(status: RoundsEvent['status']): Action[] {
  if (status === 'DRAFT') return ['publish', 'cancel'];
  if (status === 'PUBLISHED') return ['complete', 'cancel'];
  return [];
}

/** Publish, complete or cancel, each asked for again in a dialog, since none can be undone. */
export function EventLifecycleActions({ event }: { event: RoundsEvent }) {
  const mutations = {
    publish: usePublishEvent(event.id),
    complete: useCompleteEvent(event.id),
    cancel: useCancelEvent(event.id),
  };
  const [asking, setAsking] = useState<Action | undefined>();
  const [done, setDone] = useState<Action | undefined>();
  const news = useRef<HTMLDivElement>(null);
  const actions = actionsFor(event.status);

  // The button pressed may be gone with the old status, so focus moves to what happened.
  useEffect(() => {
    if (done) news.current?.focus();
  }, [done]);
  const current = asking ? mutations[asking] : undefined;

  function close() {
    if (asking) mutations[asking].reset();
    setAsking(undefined);
  }

  return (
    <div className={styles.actions}>
      <div ref={news} role="status" tabIndex={-1} className={styles.news}>
        {done && <Notice tone="success" title={COPY[done].done} />}
      </div>
      {actions.length > 0 && (
        <div className={styles.buttons}>
          {actions.map((action) => (
            <Button
              key={action}
              variant={action === 'publish' ? 'primary' : 'secondary'}
              onClick={() => {
                setDone(undefined);
                setAsking(action);
              }}
            >
              {COPY[action].button}
            </Button>
          ))}
        </div>
      )}
      {asking && current && (
        <ConfirmDialog
          open
          title={COPY[asking].title}
          confirmLabel={COPY[asking].confirm}
          pendingLabel={COPY[asking].pending}
          cancelLabel="Go back"
          destructive={COPY[asking].danger}
          pending={current.isPending}
          error={current.isError ? errorMessage(current.error, 'We could not reach Rounds. Please try again.') : undefined}
          onClose={close}
          onConfirm={() => {
            const action = asking;
            mutations[action].mutate(undefined, {
              onSuccess: () => {
                setAsking(undefined);
                setDone(action);
              },
            });
          }}
        >
          <p>{COPY[asking].body}</p>
        </ConfirmDialog>
      )}
    </div>
  );
}

