import { queryOptions, useQuery } from '@tanstack/react-query';
import { api, bodyOf } from '@/lib/api/client';
import type { WebhookDeliveryPage } from '@/lib/api/types';
import { webhookKeys } from './keys';

export async function getWebhookDeliveries(subscriptionId: string): Promise<WebhookDeliveryPage> {
  return bodyOf(
    await api.GET('/api/v1/webhook-subscriptions/{subscriptionId}/deliveries', {
      params: { path: { subscriptionId }, query: { limit: 50 } },
    }),
  );
}

export const webhookDeliveriesQueryOptions = (subscriptionId: string) =>
  queryOptions({ queryKey: webhookKeys.deliveries(subscriptionId), queryFn: () => getWebhookDeliveries(subscriptionId) });

/** The latest 50 attempts, newest first. */
export function useWebhookDeliveries(subscriptionId: string) {
  return useQuery(webhookDeliveriesQueryOptions(subscriptionId));
}
