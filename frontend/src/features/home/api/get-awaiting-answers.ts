import { queryOptions, useQuery } from '@tanstack/react-query';
import { api, bodyOf } from '@/lib/api/client';
import type { IntroductionPage } from '@/lib/api/types';
import { homeKeys } from './keys';

/** Introductions proposed to the caller that still wait for their answer. */
export async function getAwaitingAnswers(): Promise<IntroductionPage> {
  return bodyOf(
    await api.GET('/api/v1/introductions', { params: { query: { status: 'PENDING', direction: 'RECEIVED', limit: 5 } } }),
  );
}

export const awaitingAnswersQueryOptions = () =>
  queryOptions({ queryKey: homeKeys.awaitingAnswers(), queryFn: getAwaitingAnswers });

export function useAwaitingAnswers() {
  return useQuery(awaitingAnswersQueryOptions());
}
