import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, bodyOf } from '@/lib/api/client';
import type { ChangeWebhookSubscription, WebhookSubscription } from '@/lib/api/types';
import { webhookKeys } from './keys';

export async function changeWebhookSubscription(
  subscriptionId: string,
  body: ChangeWebhookSubscription,
): Promise<WebhookSubscription> {
  return bodyOf(
    await api.PATCH('/api/v1/webhook-subscriptions/{subscriptionId}', { params: { path: { subscriptionId } }, body }),
  );
}

/** Switches a subscription off or on (on again after Rounds disabled it). */
export function useChangeWebhookSubscription(subscriptionId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: ChangeWebhookSubscription) => changeWebhookSubscription(subscriptionId, body),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: webhookKeys.subscriptions() }),
  });
}
