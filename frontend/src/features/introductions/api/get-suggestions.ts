import { queryOptions, useQuery } from '@tanstack/react-query';
import { api, bodyOf } from '@/lib/api/client';
import type { SuggestionList } from '@/lib/api/types';
import { introductionKeys } from './keys';

const SUGGESTIONS = 20;

export async function getSuggestions(eventId: string): Promise<SuggestionList> {
  return bodyOf(
    await api.GET('/api/v1/events/{eventId}/suggestions', {
      params: { path: { eventId }, query: { limit: SUGGESTIONS } },
    }),
  );
}

/** Whom the caller should meet at this event, best first, each with its reasons. */
export function useSuggestions(eventId: string) {
  return useQuery(
    queryOptions({ queryKey: introductionKeys.suggestions(eventId), queryFn: () => getSuggestions(eventId) }),
  );
}
