import { useEffect } from 'react';
import { Link, useParams } from 'react-router';
import { PageHeading } from '@/components/ui/PageHeading';
import { Spinner } from '@/components/ui/Spinner';
import { useDocumentTitle } from '@/lib/document-title';
import { useUnsubscribe } from '../api/unsubscribe';

const NAMES = { INTRODUCTIONS: 'introduction', REMINDERS: 'reminder', EVENT_CHANGES: 'event change', ACCOUNT: 'account' };

/** Where the "Stop these reminders" link of a mail lands: one visit switches that category off. */
export function UnsubscribePage() {
  useDocumentTitle('Unsubscribe');
  const { token = '' } = useParams();
  const { mutate, isPending, isSuccess, isError, data } = useUnsubscribe();
  useEffect(() => {
    mutate(token);
  }, [mutate, token]);
  return (
    <>
      <PageHeading>Unsubscribe</PageHeading>
      {isPending && <Spinner label="Switching these mails off…" />}
      {isSuccess && (
        <p role="status">
          Done: no more {NAMES[data.category]} mails. You can switch them on again under{' '}
          <Link to="/profile#notifications">Mail from Rounds</Link> in your profile.
        </p>
      )}
      {isError && <p role="alert">This link is not valid. Choose your mails in your profile instead.</p>}
    </>
  );
}
