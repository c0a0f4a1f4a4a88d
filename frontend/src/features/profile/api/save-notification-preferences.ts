import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, bodyOf } from '@/lib/api/client';
import type { NotificationPreferences } from '@/lib/api/types';
import { profileKeys } from '@/entities/profile/keys';

export async function saveNotificationPreferences(choices: NotificationPreferences): Promise<NotificationPreferences> {
  return bodyOf(await api.PUT('/api/v1/me/notification-preferences', { body: choices }));
}

export function useSaveNotificationPreferences() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: saveNotificationPreferences,
    onSuccess: (saved) => {
      queryClient.setQueryData(profileKeys.notificationPreferences(), saved);
    },
  });
}
