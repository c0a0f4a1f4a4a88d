import { Link, useSearchParams } from 'react-router';
import { Card } from '@/components/ui/Card';
import { Notice } from '@/components/ui/Notice';
import { PageHeading } from '@/components/ui/PageHeading';
import { useDocumentTitle } from '@/lib/document-title';
import { ResetPasswordForm } from '../components/ResetPasswordForm';
import styles from './AuthPage.module.css';

/** Where the reset mail's link lands: ?token=… */
export function ResetPasswordPage() {
  useDocumentTitle('Choose a new password');
  const token = useSearchParams()[0].get('token');
  return (
    <Card className={styles.card}>
      <PageHeading>Choose a new password</PageHeading>
      {token ? (
        <ResetPasswordForm token={token} />
      ) : (
        <Notice tone="warning" title="This link is incomplete">
          <p>
            Open the link from the mail again, or <Link to="/forgot-password">ask for a new one</Link>.
          </p>
        </Notice>
      )}
    </Card>
  );
}
