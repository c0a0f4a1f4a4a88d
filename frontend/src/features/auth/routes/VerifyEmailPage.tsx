import { useEffect, useRef } from 'react';
import { Link, useSearchParams } from 'react-router';
import { Card } from '@/components/ui/Card';
import { Notice } from '@/components/ui/Notice';
import { PageHeading } from '@/components/ui/PageHeading';
import { Spinner } from '@/components/ui/Spinner';
import { errorMessage } from '@/lib/api/error-message';
import { useDocumentTitle } from '@/lib/document-title';
import { useSession } from '@/lib/session/use-session';
import { useVerifyEmail } from '../api/verify-email';
import styles from './AuthPage.module.css';

/** Where the confirmation mail's link lands (?token=…), signed in or not: the token is the proof. */
export function VerifyEmailPage() {
  useDocumentTitle('Confirm your email address');
  const token = useSearchParams()[0].get('token');
  const session = useSession();
  const signedIn = session.status === 'signed-in';
  // Signed in and confirmed already (the page reloaded, or an older mail): nothing to send.
  const alreadyConfirmed = signedIn && session.account.emailVerified;
  const verify = useVerifyEmail();
  const sent = useRef(false);

  useEffect(() => {
    // Once per visit: the token is single-use, so a second call would only be refused.
    if (token && !alreadyConfirmed && !sent.current) {
      sent.current = true;
      verify.mutate(token);
    }
  }, [token, alreadyConfirmed, verify]);
  const confirmed = verify.isSuccess || (alreadyConfirmed && verify.isIdle);

  const next = signedIn ? <Link to="/events">Find an event</Link> : <Link to="/login">Sign in</Link>;
  return (
    <Card className={styles.card}>
      <PageHeading>Confirm your email address</PageHeading>
      {!token && (
        <Notice tone="warning" title="This link is incomplete">
          <p>Open the link from the mail again. Signed in, you can ask for a new mail from the banner.</p>
        </Notice>
      )}
      {token && !confirmed && (verify.isPending || verify.isIdle) && <Spinner label="Confirming your address…" />}
      {confirmed && (
        <Notice tone="success" title="Your address is confirmed" live>
          <p>You can now register for events, ask for introductions and share your cell number. {next}</p>
        </Notice>
      )}
      {verify.isError && (
        <Notice tone="warning" title="We could not confirm your address" live>
          <p>{errorMessage(verify.error)}</p>
        </Notice>
      )}
    </Card>
  );
}
