import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, bodyOf } from '@/lib/api/client';
import type { RoundsEvent, UpdateEventRequest } from '@/lib/api/types';
import { cacheChangedEvent } from './cache-changed-event';

/** Changes the given details only. Raising capacity moves people off the waitlist. */
export async function updateEvent(eventId: string, change: UpdateEventRequest): Promise<RoundsEvent> {
  return bodyOf(await api.PATCH('/api/v1/events/{eventId}', { params: { path: { eventId } }, body: change }));
}

export function useUpdateEvent(eventId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (change: UpdateEventRequest) => updateEvent(eventId, change),
    onSuccess: (event) => {
      // A raised capacity promotes waitlisted attendees.
      cacheChangedEvent(queryClient, event);
    },
  });
}
