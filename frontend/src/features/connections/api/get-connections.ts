import { infiniteQueryOptions, useInfiniteQuery } from '@tanstack/react-query';
import { api, bodyOf } from '@/lib/api/client';
import type { ConnectionPage } from '@/lib/api/types';
import { connectionListKeys } from './keys';

const PAGE_SIZE = 20;

export async function getConnections(q: string, cursor?: string): Promise<ConnectionPage> {
  const query = { limit: PAGE_SIZE, ...(q ? { q } : {}), ...(cursor ? { cursor } : {}) };
  return bodyOf(await api.GET('/api/v1/connections', { params: { query } }));
}

export const connectionsQueryOptions = (q: string) =>
  infiniteQueryOptions({
    queryKey: connectionListKeys.list(q),
    queryFn: ({ pageParam }) => getConnections(q, pageParam),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (last) => last.nextCursor,
  });

/** The caller's connections, newest first, filtered by part of a name, city or specialty. */
export function useConnections(q: string) {
  return useInfiniteQuery(connectionsQueryOptions(q));
}
