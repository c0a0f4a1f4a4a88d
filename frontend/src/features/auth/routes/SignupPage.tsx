import { Link } from 'react-router';
import { Card } from '@/components/ui/Card';
import { PageHeading } from '@/components/ui/PageHeading';
import { useDocumentTitle } from '@/lib/document-title';
import { SignupForm } from '../components/SignupForm';
import styles from './AuthPage.module.css';

export function SignupPage() {
  useDocumentTitle('Create account');
  return (
    <Card className={styles.card}>
      <PageHeading>Create your account</PageHeading>
      <p className={styles.lead}>
        Rounds helps physicians turn an evening of networking into relationships that last.
      </p>
      <SignupForm />
      <p className={styles.switch}>
        Already have an account? <Link to="/login">Sign in</Link>
      </p>
    </Card>
  );
}
