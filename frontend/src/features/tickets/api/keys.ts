export const ticketKeys = {
  all: ['tickets'] as const,
  list: (past: boolean) => [...ticketKeys.all, 'list', { past }] as const,
};
