import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, bodyOf } from '@/lib/api/client';
import type { Registration } from '@/lib/api/types';
import { eventKeys } from '@/entities/event/keys';
import { myRegistrationKeys } from './keys';

/** Gives up a seat (which goes to the first on the waitlist) or a place on the waitlist. */
export async function cancelRegistration(eventId: string, registrationId: string): Promise<Registration> {
  return bodyOf(
    await api.DELETE('/api/v1/events/{eventId}/registrations/{registrationId}', {
      params: { path: { eventId, registrationId } },
    }),
  );
}

export function useCancelRegistration(eventId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (registrationId: string) => cancelRegistration(eventId, registrationId),
    onSuccess: () => {
      queryClient.setQueryData(myRegistrationKeys.atEvent(eventId), null);
      void queryClient.invalidateQueries({ queryKey: eventKeys.detail(eventId) });
      void queryClient.invalidateQueries({ queryKey: eventKeys.lists() });
    },
  });
}
