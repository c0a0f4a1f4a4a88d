import { queryOptions, useQuery } from '@tanstack/react-query';
import { api, bodyOf } from '@/lib/api/client';
import type { NotificationPage } from '@/lib/api/types';
import { notificationKeys } from './keys';

const SHOWN = 20;
/** News (a seat opened, an event was cancelled) should reach an open tab without a reload. */
const REFRESH_MS = 60_000;

export async function getNotifications(): Promise<NotificationPage> {
  return bodyOf(await api.GET('/api/v1/me/notifications', { params: { query: { limit: SHOWN } } }));
}

export const notificationsQueryOptions = () =>
  queryOptions({ queryKey: notificationKeys.latest(), queryFn: getNotifications, refetchInterval: REFRESH_MS });

/** The caller's latest notifications, newest first. */
export function useNotifications() {
  return useQuery(notificationsQueryOptions());
}
