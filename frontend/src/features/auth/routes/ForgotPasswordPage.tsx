import { Link } from 'react-router';
import { Card } from '@/components/ui/Card';
import { PageHeading } from '@/components/ui/PageHeading';
import { useDocumentTitle } from '@/lib/document-title';
import { ForgotPasswordForm } from '../components/ForgotPasswordForm';
import styles from './AuthPage.module.css';

export function ForgotPasswordPage() {
  useDocumentTitle('Forgot password');
  return (
    <Card className={styles.card}>
      <PageHeading>Forgot your password?</PageHeading>
      <p className={styles.lead}>
        Enter the address you signed up with. We will mail you a link to choose a new password; it works once, for
        30 minutes.
      </p>
      <ForgotPasswordForm />
      <p className={styles.switch}>
        Remembered it? <Link to="/login">Sign in</Link>
      </p>
    </Card>
  );
}
