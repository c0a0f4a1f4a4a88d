import { queryOptions, useQuery } from '@tanstack/react-query';
import { api, bodyOf } from '@/lib/api/client';
import type { IntroductionAllowance } from '@/lib/api/types';
import { introductionKeys } from './keys';

export async function getAllowance(eventId: string): Promise<IntroductionAllowance> {
  return bodyOf(
    await api.GET('/api/v1/events/{eventId}/introduction-allowance', { params: { path: { eventId } } }),
  );
}

/** How many more requests the caller may open at this event (the event's cap on unanswered requests). */
export function useAllowance(eventId: string) {
  return useQuery(
    queryOptions({ queryKey: introductionKeys.allowance(eventId), queryFn: () => getAllowance(eventId), staleTime: 0 }),
  );
}
