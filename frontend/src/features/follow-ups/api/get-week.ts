import { queryOptions, useQuery } from '@tanstack/react-query';
import { api, bodyOf } from '@/lib/api/client';
import type { FollowUpPage } from '@/lib/api/types';
import { followUpKeys } from './keys';

/** Everything due before {@code until}: overdue, this week's, and those already done or skipped. */
export async function getWeek(until: string): Promise<FollowUpPage> {
  return bodyOf(await api.GET('/api/v1/follow-ups', { params: { query: { dueBefore: until, limit: 100 } } }));
}

export const weekQueryOptions = (until: string) =>
  queryOptions({ queryKey: followUpKeys.week(until), queryFn: () => getWeek(until) });

export function useWeek(until: string) {
  return useQuery(weekQueryOptions(until));
}
