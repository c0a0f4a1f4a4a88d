import { queryOptions, useQuery } from '@tanstack/react-query';
import { api, bodyOf } from '@/lib/api/client';
import type { WebhookSubscriptionPage } from '@/lib/api/types';
import { webhookKeys } from './keys';

export async function getWebhookSubscriptions(): Promise<WebhookSubscriptionPage> {
  return bodyOf(await api.GET('/api/v1/webhook-subscriptions', { params: { query: { limit: 100 } } }));
}

export const webhookSubscriptionsQueryOptions = () =>
  queryOptions({ queryKey: webhookKeys.subscriptions(), queryFn: getWebhookSubscriptions });

/** Every subscription (an organizing company has a handful, so one page holds them). */
export function useWebhookSubscriptions() {
  return useQuery(webhookSubscriptionsQueryOptions());
}
