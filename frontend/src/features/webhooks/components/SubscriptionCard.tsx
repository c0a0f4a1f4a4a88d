import { useState } from 'react';
import { Badge } from '@/components/ui/Badge';
import { Button } from '@/components/ui/Button';
import { Card } from '@/components/ui/Card';
import type { WebhookSubscription } from '@/lib/api/types';
import { useChangeWebhookSubscription } from '../api/change-webhook-subscription';
import { DeliveryLog } from './DeliveryLog';
import styles from './webhooks.module.css';

/** One receiver: where it is, whether it is healthy, switching it off or on, and its delivery log. */
export function SubscriptionCard({ subscription }: { subscription: WebhookSubscription }) {
  const change = useChangeWebhookSubscription(subscription.id);
  const [showLog, setShowLog] = useState(false);
  return (
    <Card aria-labelledby={`webhook-${subscription.id}`}>
      <h3 id={`webhook-${subscription.id}`} className={styles.url}>
        {subscription.url}
      </h3>
      {subscription.description && <p>{subscription.description}</p>}
      <p>
        {!subscription.active ? (
          <Badge tone="danger">Off{subscription.disabledReason ? `: ${subscription.disabledReason}` : ''}</Badge>
        ) : subscription.failingSince ? (
          <Badge tone="warning">Failing since {new Date(subscription.failingSince).toLocaleString()}</Badge>
        ) : (
          <Badge tone="success">Active</Badge>
        )}
      </p>
      <p className={styles.types}>{subscription.eventTypes.join(', ')}</p>
      <div className={styles.actions}>
        <Button
          variant="secondary"
          loading={change.isPending}
          onClick={() => {
            change.mutate({ active: !subscription.active });
          }}
        >
          {subscription.active ? 'Switch off' : 'Switch on'}
        </Button>
        <Button variant="ghost" aria-expanded={showLog} onClick={() => { setShowLog(!showLog); }}>
          {showLog ? 'Hide deliveries' : 'Show deliveries'}
        </Button>
      </div>
      {showLog && <DeliveryLog subscriptionId={subscription.id} />}
    </Card>
  );
}
