import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, bodyOf } from '@/lib/api/client';
import type { Introduction } from '@/lib/api/types';
import { connectionKeys } from '@/entities/connection/keys';
import { introductionKeys } from './keys';

export type IntroductionAction = 'accept' | 'decline' | 'withdraw' | 'met';

/** One of the four things a party can do to an introduction; accept and decline may carry a message. */
export async function actOnIntroduction(
  introductionId: string,
  action: IntroductionAction,
  message?: string,
): Promise<Introduction> {
  const path = { params: { path: { introductionId } } };
  const body = message?.trim() ? { message: message.trim() } : {};
  switch (action) {
    case 'accept':
      return bodyOf(await api.POST('/api/v1/introductions/{introductionId}/accept', { ...path, body }));
    case 'decline':
      return bodyOf(await api.POST('/api/v1/introductions/{introductionId}/decline', { ...path, body }));
    case 'withdraw':
      return bodyOf(await api.POST('/api/v1/introductions/{introductionId}/withdraw', path));
    case 'met':
      return bodyOf(await api.POST('/api/v1/introductions/{introductionId}/met', path));
  }
}

export function useActOnIntroduction() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ introductionId, action, message }: { introductionId: string; action: IntroductionAction; message?: string }) =>
      actOnIntroduction(introductionId, action, message),
    onSuccess: (introduction) => {
      queryClient.setQueryData(introductionKeys.detail(introduction.id), introduction);
      void queryClient.invalidateQueries({ queryKey: introductionKeys.lists() });
      void queryClient.invalidateQueries({ queryKey: introductionKeys.allowance(introduction.eventId) });
      void queryClient.invalidateQueries({ queryKey: introductionKeys.suggestions(introduction.eventId) });
      if (introduction.connectionId) void queryClient.invalidateQueries({ queryKey: connectionKeys.all });
    },
  });
}
