import { useState } from 'react';
import { Button } from '@/components/ui/Button';
import { TextField } from '@/components/ui/TextField';
import { errorMessage } from '@/lib/api/error-message';
import { useCheckedForm } from '@/lib/forms/use-checked-form';
import type { RoundsEvent } from '@/lib/api/types';
import { useUpdateEvent } from '../api/update-event';
import { LIMITS } from './event-form';
import styles from './CapacityEditor.module.css';

function capacityProblem(value: string, registered: number): string | undefined {
  if (!/^\d+$/.test(value.trim())) return 'Enter a whole number of seats.';
  const capacity = Number(value);
  if (capacity < 1 || capacity > LIMITS.capacity)
    return `Enter from 1 to ${LIMITS.capacity.toLocaleString('en-US')} seats.`;
  if (capacity < registered) {
    return `Capacity cannot be lower than the ${registered} attendees already registered; remove some first.`;
  }
  return undefined;
}

function promotedNews(before: RoundsEvent, after: RoundsEvent): string {
  const moved = after.registeredCount - before.registeredCount;
  if (moved <= 0) return `Capacity is now ${after.capacity}.`;
  return `Capacity is now ${after.capacity}. ${moved === 1 ? '1 person' : `${moved} people`} moved off the waitlist.`;
}

/** Seats at a glance, and the capacity: raising it seats people from the waitlist at once. */
export function CapacityEditor({ event }: { event: RoundsEvent }) {
  const update = useUpdateEvent(event.id);
  const [news, setNews] = useState<string | undefined>();
  const changeable = event.status === 'DRAFT' || event.status === 'PUBLISHED';
  const form = useCheckedForm({
    formId: 'seats',
    fields: ['capacity'],
    defaultValues: { capacity: String(event.capacity) },
    validate: ({ capacity }) => {
      const problem = capacityProblem(capacity, event.registeredCount);
      return problem ? { capacity: problem } : {};
    },
  });
  const capacity = form.field('capacity');

  const save = form.submit((values) => {
    if (Number(values.capacity) === event.capacity) return;
    update.mutate(
      { capacity: Number(values.capacity) },
      {
        onSuccess: (after) => {
          setNews(promotedNews(event, after));
        },
        onError: (failure) => {
          const message = errorMessage(failure, 'We could not reach Rounds. Please try again.');
          form.setError(
            'capacity',
            { type: 'server', message: /^[a-z]/.test(message) ? `Capacity ${message}.` : message },
            { shouldFocus: true },
          );
        },
      },
    );
  });

  return (
    <section aria-labelledby="seats-heading" className={styles.seats}>
      <h2 id="seats-heading" className={styles.heading}>
        Seats
      </h2>
      <dl className={styles.figures}>
        <div>
          <dt>Registered</dt>
          <dd>
            {event.registeredCount} of {event.capacity}
          </dd>
        </div>
        <div>
          <dt>Seats left</dt>
          <dd>{event.seatsLeft}</dd>
        </div>
        <div>
          <dt>Waitlist</dt>
          <dd>{event.waitlistCount}</dd>
        </div>
      </dl>
      {changeable && (
        <form
          noValidate
          aria-label="Change capacity"
          className={styles.form}
          onSubmit={(submitEvent) => {
            setNews(undefined);
            save(submitEvent);
          }}
        >
          <TextField
            {...capacity}
            label="Capacity"
            hint="Raising it moves people off the waitlist, first in line first."
            inputMode="numeric"
            className={styles.field}
          />
          <Button type="submit" variant="secondary" loading={update.isPending}>
            {update.isPending ? 'Saving…' : 'Save capacity'}
          </Button>
        </form>
      )}
      <div role="status">{news && <p className={styles.news}>{news}</p>}</div>
    </section>
  );
}
