import { Button } from '@/components/ui/Button';
import { errorMessage } from '@/lib/api/error-message';
import { useAccount } from '@/lib/session/use-session';
import { useResendVerification } from '../api/resend-verification';
import styles from './VerifyEmailBanner.module.css';

/** A calm reminder, while the address is unconfirmed, of what waits for the click and how to get a new mail. */
export function VerifyEmailBanner() {
  const account = useAccount();
  const resend = useResendVerification();
  if (account.emailVerified) return null;
  return (
    <section aria-label="Confirm your email address" className={styles.banner}>
      <p className={styles.text}>
        Please confirm your address: follow the link we mailed to <strong>{account.email}</strong>. Until then you can
        look around and fill in your profile, but not register for events, ask for introductions or share your cell
        number.
      </p>
      {resend.isSuccess ? (
        <p role="status" className={styles.status}>
          A new mail is on its way.
        </p>
      ) : (
        <Button
          variant="secondary"
          size="small"
          loading={resend.isPending}
          onClick={() => {
            resend.mutate();
          }}
        >
          {resend.isPending ? 'Sending…' : 'Send the mail again'}
        </Button>
      )}
      {resend.isError && (
        <p role="alert" className={styles.status}>
          {errorMessage(resend.error)}
        </p>
      )}
    </section>
  );
}
