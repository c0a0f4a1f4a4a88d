import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, bodyOf } from '@/lib/api/client';
import type { RoundsEvent } from '@/lib/api/types';
import { organizerKeys } from './keys';

/** Cancels the event; everyone registered or waitlisted is notified. */
export async function cancelEvent(eventId: string): Promise<RoundsEvent> {
  return bodyOf(await api.POST('/api/v1/events/{eventId}/cancel', { params: { path: { eventId } } }));
}

export function useCancelEvent(eventId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: () => cancelEvent(eventId),
    onSuccess: (event) => {
      queryClient.setQueryData(organizerKeys.event(eventId), event);
      void queryClient.invalidateQueries({ queryKey: organizerKeys.eventLists() });
      void queryClient.invalidateQueries({ queryKey: organizerKeys.registrations(eventId) });
    },
  });
}
