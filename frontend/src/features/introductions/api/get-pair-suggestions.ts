import { useQuery } from '@tanstack/react-query';
import { api, bodyOf } from '@/lib/api/client';
import type { PairSuggestionList } from '@/lib/api/types';
import { introductionKeys } from './keys';

const PAIRS = 50;

export async function getPairSuggestions(eventId: string): Promise<PairSuggestionList> {
  return bodyOf(
    await api.GET('/api/v1/events/{eventId}/pair-suggestions', {
      params: { path: { eventId }, query: { limit: PAIRS } },
    }),
  );
}

/** The event's best pairs to introduce, best first, each pair once, with reasons. */
export function usePairSuggestions(eventId: string) {
  return useQuery({ queryKey: introductionKeys.pairs(eventId), queryFn: () => getPairSuggestions(eventId) });
}
