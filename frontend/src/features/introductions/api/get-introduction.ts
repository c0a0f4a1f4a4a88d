import { queryOptions, useQuery } from '@tanstack/react-query';
import { api, bodyOf } from '@/lib/api/client';
import type { Introduction } from '@/lib/api/types';
import { introductionKeys } from './keys';

export async function getIntroduction(introductionId: string): Promise<Introduction> {
  return bodyOf(await api.GET('/api/v1/introductions/{introductionId}', { params: { path: { introductionId } } }));
}

export const introductionQueryOptions = (introductionId: string) =>
  queryOptions({
    queryKey: introductionKeys.detail(introductionId),
    queryFn: () => getIntroduction(introductionId),
    // Answers arrive from the other side at any time.
    staleTime: 0,
  });

/** One introduction the caller is part of or proposed (what a notification links to). */
export function useIntroduction(introductionId: string) {
  return useQuery(introductionQueryOptions(introductionId));
}
