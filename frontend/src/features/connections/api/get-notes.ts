import { infiniteQueryOptions, useInfiniteQuery } from '@tanstack/react-query';
import { api, bodyOf } from '@/lib/api/client';
import type { NotePage } from '@/lib/api/types';
import { connectionListKeys } from './keys';

export async function getNotes(connectionId: string, cursor?: string): Promise<NotePage> {
  const query = cursor ? { limit: 20, cursor } : { limit: 20 };
  return bodyOf(
    await api.GET('/api/v1/connections/{connectionId}/notes', { params: { path: { connectionId }, query } }),
  );
}

export const notesQueryOptions = (connectionId: string) =>
  infiniteQueryOptions({
    queryKey: connectionListKeys.notes(connectionId),
    queryFn: ({ pageParam }) => getNotes(connectionId, pageParam),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (last) => last.nextCursor,
  });

/** The caller's own private notes on a connection, newest first; nobody else's are ever returned. */
export function useNotes(connectionId: string) {
  return useInfiniteQuery(notesQueryOptions(connectionId));
}
