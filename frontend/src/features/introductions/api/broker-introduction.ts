import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, bodyOf } from '@/lib/api/client';
import type { Introduction } from '@/lib/api/types';
import { introductionKeys } from './keys';

export interface BrokerRequest {
  partyAId: string;
  partyBId: string;
  reason: string;
}

/** Proposes that two attendees meet; each of them accepts or declines, and both must accept. */
export async function brokerIntroduction(eventId: string, request: BrokerRequest): Promise<Introduction> {
  return bodyOf(await api.POST('/api/v1/introductions', { body: { eventId, ...request } }));
}

export function useBrokerIntroduction(eventId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (request: BrokerRequest) => brokerIntroduction(eventId, request),
    onSuccess: () => {
      void queryClient.invalidateQueries({ queryKey: introductionKeys.pairs(eventId) });
    },
  });
}
