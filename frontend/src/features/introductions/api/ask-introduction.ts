import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, bodyOf } from '@/lib/api/client';
import type { Introduction, IntroductionRequest } from '@/lib/api/types';
import { introductionKeys } from './keys';

/** Asks to meet someone (recipientId) or, as a broker, proposes that two people meet (partyAId, partyBId). */
export async function proposeIntroduction(request: IntroductionRequest): Promise<Introduction> {
  return bodyOf(await api.POST('/api/v1/introductions', { body: request }));
}

export function useAskIntroduction(eventId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ recipientId, reason }: { recipientId: string; reason: string }) =>
      proposeIntroduction({ eventId, recipientId, reason }),
    onSettled: () => {
      // A refusal over the cap or a duplicate also means the counts shown are out of date.
      void queryClient.invalidateQueries({ queryKey: introductionKeys.allowance(eventId) });
      void queryClient.invalidateQueries({ queryKey: introductionKeys.suggestions(eventId) });
      void queryClient.invalidateQueries({ queryKey: introductionKeys.lists() });
    },
  });
}
