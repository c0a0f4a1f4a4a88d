import { Button } from '@/components/ui/Button';
import { Spinner } from '@/components/ui/Spinner';
import { Table } from '@/components/ui/Table';
import { errorMessage } from '@/lib/api/error-message';
import { useWebhookDeliveries } from '../api/get-webhook-deliveries';
import { useRedeliverWebhook } from '../api/redeliver-webhook';

const when = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium', timeStyle: 'medium' });

/** Every attempt to one receiver, newest first, each with what it answered and a way to send it again. */
export function DeliveryLog({ subscriptionId }: { subscriptionId: string }) {
  const deliveries = useWebhookDeliveries(subscriptionId);
  const redeliver = useRedeliverWebhook(subscriptionId);
  if (deliveries.isPending) return <Spinner label="Loading deliveries…" />;
  if (deliveries.isError) return <p role="alert">{errorMessage(deliveries.error, 'We could not load the deliveries.')}</p>;
  if (deliveries.data.items.length === 0) return <p>No deliveries yet.</p>;
  return (
    <>
      <Table caption="Deliveries">
        <thead>
          <tr>
            <th scope="col">When</th>
            <th scope="col">Type</th>
            <th scope="col">Attempt</th>
            <th scope="col">Status</th>
            <th scope="col">Response time</th>
            <th scope="col">
              <span className="visually-hidden">Actions</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {deliveries.data.items.map((delivery) => (
            <tr key={delivery.id}>
              <td>{when.format(new Date(delivery.attemptedAt))}</td>
              <td>{delivery.eventType}</td>
              <td>{delivery.attempt}</td>
              <td>
                {delivery.succeeded ? 'Delivered' : 'Failed'}
                {delivery.statusCode !== undefined ? ` (${String(delivery.statusCode)})` : delivery.error ? `: ${delivery.error}` : ''}
              </td>
              <td>{delivery.responseMs} ms</td>
              <td>
                <Button
                  variant="secondary"
                  aria-label={`Redeliver ${delivery.eventType} of ${when.format(new Date(delivery.attemptedAt))}`}
                  onClick={() => {
                    redeliver.mutate(delivery.id);
                  }}
                >
                  Redeliver
                </Button>
              </td>
            </tr>
          ))}
        </tbody>
      </Table>
      <p role="status">
        {redeliver.isSuccess ? 'Queued: it is sent again in a moment, with the same webhook-id.' : ''}
        {redeliver.isError ? errorMessage(redeliver.error, 'We could not queue the redelivery.') : ''}
      </p>
    </>
  );
}
