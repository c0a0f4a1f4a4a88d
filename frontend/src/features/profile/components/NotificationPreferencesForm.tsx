import { useState } from 'react';
import { Button } from '@/components/ui/Button';
import { CheckboxGroup } from '@/components/ui/CheckboxGroup';
import type { NotificationPreferences } from '@/lib/api/types';
import { useSaveNotificationPreferences } from '../api/save-notification-preferences';
import styles from './ProfileForm.module.css';

type Category = keyof NotificationPreferences;

const OPTIONS: readonly { value: Category; label: string }[] = [
  { value: 'introductions', label: 'Introductions: requests, proposals and acceptances' },
  { value: 'reminders', label: 'Reminders: the day before an event, follow-ups due and overdue' },
  { value: 'eventChanges', label: 'Event changes: a new time or place, a cancellation, a waitlist seat, the organizer’s messages' },
];

/** The mails one gets, per category; confirming one's address and resetting a password always come. */
export function NotificationPreferencesForm({ preferences }: { preferences: NotificationPreferences }) {
  const [values, setValues] = useState<Category[]>(OPTIONS.map((o) => o.value).filter((c) => preferences[c]));
  const save = useSaveNotificationPreferences();
  return (
    <form
      id="notifications"
      className={styles.section}
      aria-labelledby="notifications-heading"
      onSubmit={(event) => {
        event.preventDefault();
        save.mutate({
          introductions: values.includes('introductions'),
          reminders: values.includes('reminders'),
          eventChanges: values.includes('eventChanges'),
        });
      }}
    >
      <h2 id="notifications-heading">Mail from Rounds</h2>
      <CheckboxGroup
        id="notification-categories"
        legend="Send me mail about"
        hint="Mails to confirm your address or reset your password always come."
        options={OPTIONS}
        values={values}
        onChange={(next) => {
          setValues(next);
          save.reset();
        }}
      />
      <Button type="submit" disabled={save.isPending}>
        Save mail choices
      </Button>
      <p role="status">
        {save.isSuccess && 'Your mail choices are saved.'}
        {save.isError && 'We could not save your mail choices; try again.'}
      </p>
    </form>
  );
}
