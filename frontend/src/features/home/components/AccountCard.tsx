import { Button } from '@/components/ui/Button';
import { Card } from '@/components/ui/Card';
import { ErrorState } from '@/components/ui/ErrorState';
import { Spinner } from '@/components/ui/Spinner';
import type { Role } from '@/lib/api/types';
import { useMe } from '../api/get-me';
import styles from './AccountCard.module.css';

const ROLE_NAMES: Record<Role, string> = { ATTENDEE: 'Attendee', ORGANIZER: 'Organizer' };

export function AccountCard() {
  const me = useMe();

  if (me.isPending) {
    return (
      <Card aria-label="Your account">
        <Spinner label="Loading your account…" />
      </Card>
    );
  }
  if (me.isError) {
    return (
      <ErrorState
        title="We could not load your account"
        actions={
          <Button variant="secondary" onClick={() => void me.refetch()}>
            Try again
          </Button>
        }
      >
        <p>Your details are safe; this is a problem reaching Rounds.</p>
      </ErrorState>
    );
  }

  const account = me.data;
  return (
    <Card aria-labelledby="account-heading">
      <h2 id="account-heading">Your account</h2>
      <dl className={styles.details}>
        <dt>Name</dt>
        <dd>{account.displayName}</dd>
        <dt>Email</dt>
        <dd>{account.email}</dd>
        <dt>Roles</dt>
        <dd>
          <ul className={styles.roles} aria-label="Roles">
            {account.roles.map((role) => (
              <li key={role} className={styles.role}>
                {ROLE_NAMES[role]}
              </li>
            ))}
          </ul>
        </dd>
      </dl>
    </Card>
  );
}
