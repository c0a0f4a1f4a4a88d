import { useState } from 'react';
import { PageHeading } from '@/components/ui/PageHeading';
import { Spinner } from '@/components/ui/Spinner';
import { errorMessage } from '@/lib/api/error-message';
import { useDocumentTitle } from '@/lib/document-title';
import { useWebhookSubscriptions } from '../api/get-webhook-subscriptions';
import { SecretOnce } from '../components/SecretOnce';
import { SubscriptionCard } from '../components/SubscriptionCard';
import { SubscriptionForm } from '../components/SubscriptionForm';
import styles from '../components/webhooks.module.css';

/** Organizers: where Rounds tells practice CRMs and other receivers about changes. */
export function WebhooksPage() {
  useDocumentTitle('Webhooks');
  const subscriptions = useWebhookSubscriptions();
  const [secret, setSecret] = useState<string | undefined>();
  return (
    <>
      <PageHeading>Webhooks</PageHeading>
      {secret ? (
        <SecretOnce secret={secret} onDone={() => { setSecret(undefined); }} />
      ) : (
        <SubscriptionForm onCreated={(created) => { setSecret(created.secret); }} />
      )}
      <h2>Subscriptions</h2>
      {subscriptions.isPending ? (
        <Spinner label="Loading subscriptions…" />
      ) : subscriptions.isError ? (
        <p role="alert">{errorMessage(subscriptions.error, 'We could not load the subscriptions.')}</p>
      ) : subscriptions.data.items.length === 0 ? (
        <p>No subscriptions yet.</p>
      ) : (
        <ul className={styles.list}>
          {subscriptions.data.items.map((subscription) => (
            <li key={subscription.id}>
              <SubscriptionCard subscription={subscription} />
            </li>
          ))}
        </ul>
      )}
    </>
  );
}
