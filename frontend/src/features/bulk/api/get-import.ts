import { queryOptions, useQuery } from '@tanstack/react-query';
import { api, bodyOf } from '@/lib/api/client';
import type { ImportJob } from '@/lib/api/types';
import { importKeys } from './keys';

/** How often a running import is asked about. */
export const POLL_MS = 1000;

export async function getImport(importId: string): Promise<ImportJob> {
  return bodyOf(await api.GET('/api/v1/imports/{importId}', { params: { path: { importId } } }));
}

export const importQueryOptions = (importId: string) =>
  queryOptions({
    queryKey: importKeys.detail(importId),
    queryFn: () => getImport(importId),
    refetchInterval: (query) => (query.state.data?.state === 'COMPLETED' ? false : POLL_MS),
  });

/** An import's progress, asked again every second until every row has its outcome. */
export function useImport(importId: string) {
  return useQuery(importQueryOptions(importId));
}
