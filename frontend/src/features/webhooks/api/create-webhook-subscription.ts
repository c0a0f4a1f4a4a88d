import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, bodyOf } from '@/lib/api/client';
import type { CreateWebhookSubscription, WebhookSubscription } from '@/lib/api/types';
import { webhookKeys } from './keys';

export async function createWebhookSubscription(body: CreateWebhookSubscription): Promise<WebhookSubscription> {
  return bodyOf(await api.POST('/api/v1/webhook-subscriptions', { body }));
}

/** Subscribes; the answer carries the signing secret, the one time it is shown. */
export function useCreateWebhookSubscription() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: createWebhookSubscription,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: webhookKeys.subscriptions() }),
  });
}
