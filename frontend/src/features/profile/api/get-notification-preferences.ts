import { queryOptions, useQuery } from '@tanstack/react-query';
import { api, bodyOf } from '@/lib/api/client';
import type { NotificationPreferences } from '@/lib/api/types';
import { profileKeys } from '@/entities/profile/keys';

/** Which mails the caller gets; every category is on until switched off. */
export async function getNotificationPreferences(): Promise<NotificationPreferences> {
  return bodyOf(await api.GET('/api/v1/me/notification-preferences'));
}

export const notificationPreferencesQueryOptions = () =>
  queryOptions({ queryKey: profileKeys.notificationPreferences(), queryFn: getNotificationPreferences });

export function useNotificationPreferences() {
  return useQuery(notificationPreferencesQueryOptions());
}
