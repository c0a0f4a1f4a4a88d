import { useState } from 'react';
import { Button } from '@/components/ui/Button';
import { FormErrorSummary } from '@/components/ui/FormErrorSummary';
import { Notice } from '@/components/ui/Notice';
import { TextField } from '@/components/ui/TextField';
import { useCheckedForm } from '@/lib/forms/use-checked-form';
import { findAccountByEmail } from '../api/find-account';
import { useSetOrganizer } from '../api/set-organizer';
import styles from './Organizers.module.css';

interface GrantValues {
  email: string;
}

function validate(values: GrantValues) {
  const email = values.email.trim();
  return email === '' || !email.includes('@') ? { email: 'Enter the email address they sign in with.' } : {};
}

/** Grants the role to the account signed up with an address; the person must have an account already. */
export function GrantByEmailForm() {
  const setOrganizer = useSetOrganizer();
  const [granted, setGranted] = useState<string>();
  const [looking, setLooking] = useState(false);
  const form = useCheckedForm<GrantValues>({
    formId: 'grant-organizer',
    fields: ['email'],
    defaultValues: { email: '' },
    validate,
    fieldLabels: { email: 'Email' },
  });
  const submit = form.submit((values) => {
    setGranted(undefined);
    setLooking(true);
    findAccountByEmail(values.email.trim())
      .then((account) => {
        if (!account) {
          form.setError('email', { type: 'server', message: 'Nobody has signed up with this address yet.' });
          return;
        }
        setOrganizer.mutate(
          { account, organizer: true },
          {
            onSuccess: (changed) => {
              form.reset({ email: '' });
              setGranted(changed.displayName);
            },
            onError: (failure) => {
              form.showServerError(failure);
            },
          },
        );
      })
      .catch((failure: unknown) => {
        form.showServerError(failure);
      })
      .finally(() => {
        setLooking(false);
      });
  });
  const busy = looking || setOrganizer.isPending;
  return (
    <form noValidate className={styles.form} onSubmit={submit} aria-labelledby="grant-heading">
      <h2 id="grant-heading">Make someone an organizer</h2>
      {granted && (
        <Notice tone="success" live>
          {granted} is now an organizer.
        </Notice>
      )}
      <FormErrorSummary items={form.summary} />
      <TextField
        {...form.field('email')}
        type="email"
        autoComplete="off"
        label="Email"
        hint="The address of their Rounds account. They see the organizer pages from their next sign-in or within minutes."
      />
      <div className={styles.actions}>
        <Button type="submit" loading={busy}>
          {busy ? 'Granting…' : 'Grant organizer role'}
        </Button>
      </div>
    </form>
  );
}
