import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, bodyOf } from '@/lib/api/client';
import type { Registration } from '@/lib/api/types';
import { eventKeys } from '@/entities/event/keys';
import { myRegistrationKeys } from './keys';

/** Takes a seat, or a place on the waitlist when the event is full; registering twice changes nothing. */
export async function register(eventId: string): Promise<Registration> {
  return bodyOf(await api.POST('/api/v1/events/{eventId}/registrations', { params: { path: { eventId } } }));
}

export function useRegister(eventId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: () => register(eventId),
    onSuccess: (registration) => {
      queryClient.setQueryData(myRegistrationKeys.atEvent(eventId), registration);
      // Seats left and the waitlist count changed.
      void queryClient.invalidateQueries({ queryKey: eventKeys.detail(eventId) });
      void queryClient.invalidateQueries({ queryKey: eventKeys.lists() });
    },
  });
}
