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
  const signedIn = useSession().status === 'signed-in';
  const verify = useVerifyEmail();
  const sent = useRef(false);

  useEffect(() => {
    // Once per visit: the token is single-use, so a second call would only be refused.
    if (token && !sent.current) {
      sent.current = true;
      verify.mutate(token);
    }
  }, [token, verify]);

  const next = signedIn ? <Link to="/events">Find an event</Link> : <Link to="/login">Sign in</Link>;
  return (
    <Card className={styles.card}>
      <PageHeading>Confirm your email address</PageHeading>
      {!token && (
        <Notice tone="warning" title="This link is incomplete">
          <p>Open the link from the mail again. Signed in, you can ask for a new mail from the banner.</p>
        </Notice>
      )}
      {token && (verify.isPending || verify.isIdle) && <Spinner label="Confirming your address…" />}
      {verify.isSuccess && (
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
