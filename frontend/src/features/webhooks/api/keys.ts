export const webhookKeys = {
  all: ['webhooks'] as const,
  subscriptions: () => [...webhookKeys.all, 'subscriptions'] as const,
  deliveries: (subscriptionId: string) => [...webhookKeys.all, 'deliveries', subscriptionId] as const,
};
