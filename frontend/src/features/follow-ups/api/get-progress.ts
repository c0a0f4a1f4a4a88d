import { queryOptions, useQuery } from '@tanstack/react-query';
import { api, bodyOf } from '@/lib/api/client';
import type { FollowUpProgressList } from '@/lib/api/types';
import { followUpKeys } from './keys';

export async function getProgress(): Promise<FollowUpProgressList> {
  return bodyOf(await api.GET('/api/v1/follow-ups/progress'));
}

export const progressQueryOptions = () => queryOptions({ queryKey: followUpKeys.progress(), queryFn: getProgress });

/** Per event: how many follow-ups are done of how many. */
export function useProgress() {
  return useQuery(progressQueryOptions());
}
