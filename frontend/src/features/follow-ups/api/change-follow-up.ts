import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, bodyOf } from '@/lib/api/client';
import type { ChangeFollowUpRequest, FollowUpTask } from '@/lib/api/types';
import { followUpKeys } from './keys';

export async function changeFollowUp(taskId: string, change: ChangeFollowUpRequest): Promise<FollowUpTask> {
  return bodyOf(await api.PATCH('/api/v1/follow-ups/{taskId}', { params: { path: { taskId } }, body: change }));
}

/** Done, skipped, reopened or snoozed: the week and the progress both change. */
export function useChangeFollowUp() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ taskId, change }: { taskId: string; change: ChangeFollowUpRequest }) => changeFollowUp(taskId, change),
    onSuccess: () => {
      void queryClient.invalidateQueries({ queryKey: followUpKeys.all });
    },
  });
}
