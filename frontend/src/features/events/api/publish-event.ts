import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, bodyOf } from '@/lib/api/client';
import type { RoundsEvent } from '@/lib/api/types';
import { cacheChangedEvent } from './cache-changed-event';

/** Makes a draft visible to attendees and opens registration in its window. */
export async function publishEvent(eventId: string): Promise<RoundsEvent> {
  return bodyOf(await api.POST('/api/v1/events/{eventId}/publish', { params: { path: { eventId } } }));
}

export function usePublishEvent(eventId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: () => publishEvent(eventId),
    onSuccess: (event) => {
      cacheChangedEvent(queryClient, event);
    },
  });
}
