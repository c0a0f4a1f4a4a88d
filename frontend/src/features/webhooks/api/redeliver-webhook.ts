import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, bodyOf } from '@/lib/api/client';
import type { WebhookRedelivery } from '@/lib/api/types';
import { webhookKeys } from './keys';

export async function redeliverWebhook(subscriptionId: string, deliveryId: string): Promise<WebhookRedelivery> {
  return bodyOf(
    await api.POST('/api/v1/webhook-subscriptions/{subscriptionId}/deliveries/{deliveryId}/redeliver', {
      params: { path: { subscriptionId, deliveryId } },
    }),
  );
}

/** Queues the delivery's message again (same webhook-id); the log shows the new attempt once it is made. */
export function useRedeliverWebhook(subscriptionId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (deliveryId: string) => redeliverWebhook(subscriptionId, deliveryId),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: webhookKeys.deliveries(subscriptionId) }),
  });
}
