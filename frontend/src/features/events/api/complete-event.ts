import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, bodyOf } from '@/lib/api/client';
import type { RoundsEvent } from '@/lib/api/types';
import { cacheChangedEvent } from './cache-changed-event';

/** Marks the event as held; registered attendees who never checked in become no-shows. */
export async function completeEvent(eventId: string): Promise<RoundsEvent> {
  return bodyOf(await api.POST('/api/v1/events/{eventId}/complete', { params: { path: { eventId } } }));
}

export function useCompleteEvent(eventId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: () => completeEvent(eventId),
    onSuccess: (event) => {
      cacheChangedEvent(queryClient, event);
    },
  });
}
