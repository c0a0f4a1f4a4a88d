import { infiniteQueryOptions, useInfiniteQuery } from '@tanstack/react-query';
import { api, bodyOf } from '@/lib/api/client';
import type { ImportRowPage } from '@/lib/api/types';
import { importKeys } from './keys';

const PAGE_SIZE = 100;

export async function getImportRows(importId: string, cursor?: string): Promise<ImportRowPage> {
  const query: { limit: number; cursor?: string } = { limit: PAGE_SIZE };
  if (cursor) query.cursor = cursor;
  return bodyOf(await api.GET('/api/v1/imports/{importId}/rows', { params: { path: { importId }, query } }));
}

/** The import's report in file order; asked for once the import is complete. */
export function useImportRows(importId: string, { enabled }: { enabled: boolean }) {
  return useInfiniteQuery({
    ...infiniteQueryOptions({
      queryKey: importKeys.rows(importId),
      queryFn: ({ pageParam }) => getImportRows(importId, pageParam),
      initialPageParam: undefined as string | undefined,
      getNextPageParam: (last) => last.nextCursor,
    }),
    enabled,
  });
}
