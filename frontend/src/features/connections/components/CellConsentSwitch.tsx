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
 * response to that connection.
 */
export function CellConsentSwitch({ connection }: { connection: Connection }) {
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
