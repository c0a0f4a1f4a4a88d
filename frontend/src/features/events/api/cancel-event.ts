import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, bodyOf } from '@/lib/api/client';
import type { RoundsEvent } from '@/lib/api/types';
import { cacheChangedEvent } from './cache-changed-event';

/** Cancels the event; everyone registered or waitlisted is notified. */
export async function cancelEvent(eventId: string): Promise<RoundsEvent> {
  return bodyOf(await api.POST('/api/v1/events/{eventId}/cancel', { params: { path: { eventId } } }));
}

export function useCancelEvent(eventId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: () => cancelEvent(eventId),
    onSuccess: (event) => {
      cacheChangedEvent(queryClient, event);
    },
  });
}
