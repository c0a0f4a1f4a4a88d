import { Link, useLocation } from 'react-router';
import { Card } from '@/components/ui/Card';
import { PageHeading } from '@/components/ui/PageHeading';
import { useDocumentTitle } from '@/lib/document-title';
import { LoginForm } from '../components/LoginForm';
import styles from './AuthPage.module.css';

/** What the route guard said on the way here, if anything. */
function noticeFrom(state: unknown): string | undefined {
  if (typeof state !== 'object' || state === null) return undefined;
  if ('signedOut' in state && state.signedOut === true) return 'You have signed out.';
  if ('expired' in state && state.expired === true) return 'Your session has ended. Please sign in again.';
  if ('passwordReset' in state && state.passwordReset === true) {
    return 'Your new password is set and every other sign-in has ended. Sign in with the new password.';
  }
  return undefined;
}

export function LoginPage() {
  useDocumentTitle('Sign in');
  const notice = noticeFrom(useLocation().state);
  return (
    <Card className={styles.card}>
      <PageHeading>Sign in</PageHeading>
      <p className={styles.lead}>Welcome back. Sign in to see your events and the colleagues worth meeting.</p>
      {notice && (
        <p role="status" className={styles.notice}>
          {notice}
        </p>
      )}
      <LoginForm />
      <p className={styles.forgot}>
        <Link to="/forgot-password">Forgot password?</Link>
      </p>
      <p className={styles.switch}>
        New to Rounds? <Link to="/signup">Create an account</Link>
      </p>
    </Card>
  );
}
