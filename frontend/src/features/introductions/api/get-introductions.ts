import { infiniteQueryOptions, useInfiniteQuery } from '@tanstack/react-query';
import { api, bodyOf } from '@/lib/api/client';
import type { IntroductionPage } from '@/lib/api/types';
import { type IntroductionFilters, introductionKeys } from './keys';

export async function getIntroductions(filters: IntroductionFilters, cursor?: string): Promise<IntroductionPage> {
  const query = { limit: 20, ...filters, ...(cursor ? { cursor } : {}) };
  return bodyOf(await api.GET('/api/v1/introductions', { params: { query } }));
}

export const introductionsQueryOptions = (filters: IntroductionFilters) =>
  infiniteQueryOptions({
    queryKey: introductionKeys.list(filters),
    queryFn: ({ pageParam }) => getIntroductions(filters, pageParam),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (last) => last.nextCursor,
    // Answers arrive from the other side at any time.
    staleTime: 0,
  });

/** Introductions the caller is part of or proposed, newest first. */
export function useIntroductions(filters: IntroductionFilters) {
  return useInfiniteQuery(introductionsQueryOptions(filters));
}
