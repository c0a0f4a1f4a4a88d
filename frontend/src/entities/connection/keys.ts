export const connectionKeys = {
  all: ['connections'] as const,
  details: () => [...connectionKeys.all, 'detail'] as const,
  detail: (connectionId: string) => [...connectionKeys.details(), connectionId] as const,
};
