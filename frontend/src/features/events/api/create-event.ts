import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, bodyOf } from '@/lib/api/client';
import type { CreateEventRequest, RoundsEvent } from '@/lib/api/types';
import { cacheChangedEvent } from './cache-changed-event';

/** Creates the event as a draft, which only organizers see until it is published. */
export async function createEvent(request: CreateEventRequest): Promise<RoundsEvent> {
  return bodyOf(await api.POST('/api/v1/events', { body: request }));
}

export function useCreateEvent() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: createEvent,
    onSuccess: (event) => {
      cacheChangedEvent(queryClient, event);
    },
  });
}
