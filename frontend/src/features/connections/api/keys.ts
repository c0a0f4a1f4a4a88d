export const connectionKeys = {
  all: ['connections'] as const,
  lists: () => [...connectionKeys.all, 'list'] as const,
  list: (q: string) => [...connectionKeys.lists(), { q }] as const,
  detail: (connectionId: string) => [...connectionKeys.all, 'detail', connectionId] as const,
  notes: (connectionId: string) => [...connectionKeys.detail(connectionId), 'notes'] as const,
  referrals: (connectionId: string) => [...connectionKeys.detail(connectionId), 'referral-reports'] as const,
  connectCode: (eventId: string) => [...connectionKeys.all, 'connect-code', eventId] as const,
};
