import type { IntroductionQuery } from '@/lib/api/types';

export type IntroductionFilters = Pick<IntroductionQuery, 'direction' | 'eventId' | 'status'>;

export const introductionKeys = {
  all: ['introductions'] as const,
  lists: () => [...introductionKeys.all, 'list'] as const,
  list: (filters: IntroductionFilters) => [...introductionKeys.lists(), filters] as const,
  allowance: (eventId: string) => [...introductionKeys.all, 'allowance', eventId] as const,
  suggestions: (eventId: string) => [...introductionKeys.all, 'suggestions', eventId] as const,
  /** The connections feature's cache: a connection appears or changes when an introduction is accepted. */
  connections: ['connections'] as const,
};
