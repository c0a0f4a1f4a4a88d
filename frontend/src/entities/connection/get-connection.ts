import { queryOptions, useQuery } from '@tanstack/react-query';
import { api, bodyOf } from '@/lib/api/client';
import type { Connection } from '@/lib/api/types';
import { connectionKeys } from './keys';

export async function getConnection(connectionId: string): Promise<Connection> {
  return bodyOf(await api.GET('/api/v1/connections/{connectionId}', { params: { path: { connectionId } } }));
}

export const connectionQueryOptions = (connectionId: string) =>
  queryOptions({ queryKey: connectionKeys.detail(connectionId), queryFn: () => getConnection(connectionId) });

export function useConnection(connectionId: string) {
  return useQuery(connectionQueryOptions(connectionId));
}
