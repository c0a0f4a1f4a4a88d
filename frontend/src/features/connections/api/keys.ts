import { connectionKeys } from '@/entities/connection/keys';

export const connectionListKeys = {
  lists: () => [...connectionKeys.all, 'list'] as const,
  list: (q: string) => [...connectionListKeys.lists(), { q }] as const,
  notes: (connectionId: string) => [...connectionKeys.detail(connectionId), 'notes'] as const,
  connectCode: (eventId: string) => [...connectionKeys.all, 'connect-code', eventId] as const,
};
