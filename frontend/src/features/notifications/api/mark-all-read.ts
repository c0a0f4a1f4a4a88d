import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, bodyOf } from '@/lib/api/client';
import type { NotificationPage } from '@/lib/api/types';
import { notificationKeys } from './keys';

export async function markAllRead(): Promise<{ marked: number }> {
  return bodyOf(await api.POST('/api/v1/me/notifications/read'));
}

export function useMarkAllRead() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: markAllRead,
    onSuccess: () => {
      const now = new Date().toISOString();
      queryClient.setQueryData<NotificationPage>(notificationKeys.latest(), (page) =>
        page
          ? { ...page, unreadCount: 0, items: page.items.map((item) => (item.readAt ? item : { ...item, readAt: now })) }
          : page,
      );
      void queryClient.invalidateQueries({ queryKey: notificationKeys.all });
    },
  });
}
