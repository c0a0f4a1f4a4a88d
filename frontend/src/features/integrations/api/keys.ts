export const integrationKeys = {
  all: ['integrations'] as const,
  clients: () => [...integrationKeys.all, 'clients'] as const,
};
