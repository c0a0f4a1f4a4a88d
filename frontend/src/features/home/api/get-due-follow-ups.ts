import { queryOptions, useQuery } from '@tanstack/react-query';
import { api, bodyOf } from '@/lib/api/client';
import type { FollowUpPage } from '@/lib/api/types';
import { homeKeys } from './keys';

const DAY_MS = 24 * 60 * 60 * 1000;

/** Open follow-ups due within three days, overdue ones first (the list is sorted by due time). */
export async function getDueFollowUps(): Promise<FollowUpPage> {
  const until = new Date(Date.now() + 3 * DAY_MS).toISOString().replace(/\.\d{3}Z$/, 'Z');
  return bodyOf(await api.GET('/api/v1/follow-ups', { params: { query: { status: 'OPEN', dueBefore: until, limit: 5 } } }));
}

export const dueFollowUpsQueryOptions = () =>
  queryOptions({ queryKey: homeKeys.dueFollowUps(), queryFn: getDueFollowUps });

export function useDueFollowUps() {
  return useQuery(dueFollowUpsQueryOptions());
}
