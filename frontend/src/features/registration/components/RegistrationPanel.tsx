import { useEffect, useId, useRef, useState } from 'react';
import { Button } from '@/components/ui/Button';
import { Card } from '@/components/ui/Card';
import { ConfirmDialog } from '@/components/ui/ConfirmDialog';
import { Spinner } from '@/components/ui/Spinner';
import { errorMessage } from '@/lib/api/error-message';
import type { Registration, RoundsEvent } from '@/lib/api/types';
import { useCancelRegistration } from '../api/cancel-registration';
import { useMyRegistration } from '../api/get-my-registration';
import { useRegister } from '../api/register';
import { registrationClosedReason } from '@/entities/event/event-state';
import { MyPlace } from './MyPlace';
import styles from './RegistrationPanel.module.css';

function isCancellable(registration: Registration, event: RoundsEvent): boolean {
  const holdsPlace = registration.status === 'REGISTERED' || registration.status === 'WAITLISTED';
  return holdsPlace && event.status === 'PUBLISHED' && Date.parse(event.endsAt) > Date.now();
}

/** The attendee's own place at the event, and the button that takes or gives it up. */
export function RegistrationPanel({ event }: { event: RoundsEvent }) {
  const mine = useMyRegistration(event);
  const register = useRegister(event.id);
  const cancel = useCancelRegistration(event.id);
  const [confirming, setConfirming] = useState(false);
  const [cancelled, setCancelled] = useState(false);
  const [focusOutcome, setFocusOutcome] = useState(0);
  const outcome = useRef<HTMLDivElement>(null);
  const reasonId = useId();

  // The button the user pressed is replaced by what happened, so focus moves to that news.
  useEffect(() => {
    if (focusOutcome > 0) outcome.current?.focus();
  }, [focusOutcome]);

  function takePlace() {
    setCancelled(false);
    register.mutate(undefined, {
      onSuccess: () => {
        setFocusOutcome((count) => count + 1);
      },
    });
  }

  function givePlace(registration: Registration) {
    cancel.mutate(registration.id, {
      onSuccess: () => {
        setConfirming(false);
        setCancelled(true);
        setFocusOutcome((count) => count + 1);
      },
    });
  }

  let content;
  if (mine.isPending) {
    content = <Spinner label="Checking your registration…" />;
  } else if (mine.isError) {
    content = (
      <div role="alert">
        <p>We could not check whether you are registered.</p>
        <Button variant="secondary" onClick={() => void mine.refetch()}>
          Try again
        </Button>
      </div>
    );
  } else if (mine.data) {
    const registration = mine.data;
    const waitlisted = registration.status === 'WAITLISTED';
    content = (
      <>
        <div ref={outcome} tabIndex={-1} className={styles.outcome}>
          <MyPlace registration={registration} />
        </div>
        {isCancellable(registration, event) && (
          <Button
            variant="secondary"
            fullWidth
            onClick={() => {
              setConfirming(true);
            }}
          >
            {waitlisted ? 'Leave the waitlist' : 'Cancel registration'}
          </Button>
        )}
        <ConfirmDialog
          open={confirming}
          title={waitlisted ? 'Leave the waitlist?' : 'Cancel your registration?'}
          confirmLabel={waitlisted ? 'Leave the waitlist' : 'Cancel registration'}
          pendingLabel="Cancelling…"
          cancelLabel={waitlisted ? 'Stay on the waitlist' : 'Keep my seat'}
          pending={cancel.isPending}
          error={cancel.isError ? errorMessage(cancel.error, 'We could not cancel. Please try again.') : undefined}
          onConfirm={() => {
            givePlace(registration);
          }}
          onClose={() => {
            setConfirming(false);
            cancel.reset();
          }}
        >
          <p>
            {waitlisted
              ? 'You will lose your place in line. You can join again later, at the back of the line.'
              : 'Your seat goes to the next person on the waitlist. If you change your mind, the event may be full.'}
          </p>
        </ConfirmDialog>
      </>
    );
  } else {
    const closedReason = registrationClosedReason(event);
    const full = event.seatsLeft <= 0;
    content = (
      <>
        <div ref={outcome} tabIndex={-1} className={styles.outcome}>
          {cancelled && <p className={styles.cancelled}>Your registration has been cancelled.</p>}
          {!closedReason && full && (
            <p>All seats are taken. Join the waitlist and you get a seat automatically if one opens up.</p>
          )}
          {!closedReason && !full && <p>Register to get your door ticket.</p>}
        </div>
        <Button
          fullWidth
          loading={register.isPending}
          disabled={Boolean(closedReason)}
          aria-describedby={closedReason ? reasonId : undefined}
          onClick={takePlace}
        >
          {register.isPending ? 'Registering…' : full && !closedReason ? 'Join the waitlist' : 'Register'}
        </Button>
        {closedReason && (
          <p id={reasonId} className={styles.reason}>
            {closedReason}
          </p>
        )}
        {register.isError && (
          <p role="alert" className={styles.error}>
            {errorMessage(register.error, 'We could not register you. Please try again.')}
          </p>
        )}
      </>
    );
  }

  return (
    <Card aria-labelledby="registration-heading">
      <h2 id="registration-heading">Your place</h2>
      {content}
    </Card>
  );
}
