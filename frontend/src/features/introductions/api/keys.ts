import { eventKeys } from '@/entities/event/keys';
import type { IntroductionQuery } from '@/lib/api/types';

export type IntroductionFilters = Pick<IntroductionQuery, 'direction' | 'eventId' | 'status'>;

export const introductionKeys = {
  all: ['introductions'] as const,
  lists: () => [...introductionKeys.all, 'list'] as const,
  list: (filters: IntroductionFilters) => [...introductionKeys.lists(), filters] as const,
  detail: (introductionId: string) => [...introductionKeys.all, 'detail', introductionId] as const,
  allowance: (eventId: string) => [...introductionKeys.all, 'allowance', eventId] as const,
  suggestions: (eventId: string) => [...introductionKeys.all, 'suggestions', eventId] as const,
  /** Below the event: who is seated there, and so who pairs with whom, changes with its registrations. */
  pairs: (eventId: string) => [...eventKeys.detail(eventId), 'pair-suggestions'] as const,
};
