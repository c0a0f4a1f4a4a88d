import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, bodyOf } from '@/lib/api/client';
import type { AppNotification, NotificationPage } from '@/lib/api/types';
import { notificationKeys } from './keys';

export async function markRead(notificationId: string): Promise<AppNotification> {
  return bodyOf(
    await api.POST('/api/v1/me/notifications/{notificationId}/read', { params: { path: { notificationId } } }),
  );
}

export function useMarkRead() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: markRead,
    onSuccess: (read) => {
      queryClient.setQueryData<NotificationPage>(notificationKeys.latest(), (page) => {
        if (!page) return page;
        const wasUnread = page.items.some((item) => item.id === read.id && !item.readAt);
        return {
          ...page,
          unreadCount: Math.max(0, page.unreadCount - (wasUnread ? 1 : 0)),
          items: page.items.map((item) => (item.id === read.id ? read : item)),
        };
      });
    },
  });
}
