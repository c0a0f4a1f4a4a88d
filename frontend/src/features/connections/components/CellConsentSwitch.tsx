import { useQuery } from '@tanstack/react-query';
import { Link } from 'react-router';
import { Spinner } from '@/components/ui/Spinner';
import { myProfileQueryOptions } from '@/entities/profile/get-my-profile';
import { errorMessage } from '@/lib/api/error-message';
import type { Connection } from '@/lib/api/types';
import { useSetCellConsent } from '@/entities/connection/set-cell-consent';
import styles from './CellConsentSwitch.module.css';

function stateWords(connection: Connection): string {
  const name = connection.person.fullName;
  switch (connection.myCellConsent) {
    case 'GRANTED':
      return `${name} can see your cell number and it is in the contact card they download.`;
    case 'REFUSED':
      return `${name} cannot see your cell number.`;
    case 'UNDECIDED':
      return `You have not decided yet: until you do, ${name} cannot see your cell number.`;
  }
}

/**
 * The owner's consent to show this one connection their cell number. A switch (a checkbox with
 * role="switch") because it takes effect at once; turning it off hides the number from every later
 * response to that connection. Without a cell number in the profile there is nothing to share, so
 * the switch gives way to a link to add one.
 */
export function CellConsentSwitch({ connection }: { connection: Connection }) {
  const hasCellNumber = useQuery({ ...myProfileQueryOptions(), select: (profile) => Boolean(profile.cellNumber) });
  if (hasCellNumber.isPending) return <Spinner label="Loading your profile…" />;
  if (hasCellNumber.data === false) {
    return (
      <p className={styles.state}>
        Your profile has no cell number yet, so there is none to share with {connection.person.fullName}.{' '}
        <Link to="/profile">Add your cell number</Link> to your profile, then come back here to share it.
      </p>
    );
  }
  return <Consent connection={connection} />;
}

function Consent({ connection }: { connection: Connection }) {
  const consent = useSetCellConsent(connection.id);
  const granted = connection.myCellConsent === 'GRANTED';
  return (
    <div className={styles.consent}>
      <label className={styles.switch}>
        <input
          type="checkbox"
          role="switch"
          checked={granted}
          aria-describedby="cell-consent-state"
          aria-busy={consent.isPending || undefined}
          onChange={(change) => {
            if (consent.isPending) return;
            consent.mutate(change.target.checked ? 'GRANTED' : 'REFUSED');
          }}
        />
        <span>Share my cell number with {connection.person.fullName}</span>
      </label>
      <p id="cell-consent-state" className={styles.state} aria-live="polite">
        {consent.isPending ? 'Saving…' : stateWords(connection)}
      </p>
      {consent.isError && (
        <p role="alert" className={styles.error}>
          {errorMessage(consent.error, 'We could not save your choice. Check the connection and try again.')}
        </p>
      )}
      <p className={styles.hint}>
        Only your cell number depends on this switch. Your other contact details follow the visibility you chose in
        your profile. A cell number kept for “Only me” is never shared.
      </p>
    </div>
  );
}
