import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, bodyOf } from '@/lib/api/client';
import type { Registration, UpdateRegistrationRequest } from '@/lib/api/types';
import { eventKeys } from '@/entities/event/keys';

/** REGISTERED moves someone off the waitlist into a free seat; CANCELLED removes them. */
export async function updateRegistration(
  eventId: string,
  registrationId: string,
  change: UpdateRegistrationRequest,
): Promise<Registration> {
  return bodyOf(
    await api.PATCH('/api/v1/events/{eventId}/registrations/{registrationId}', {
      params: { path: { eventId, registrationId } },
      body: change,
    }),
  );
}

export function useUpdateRegistration(eventId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ registrationId, status }: { registrationId: string; status: UpdateRegistrationRequest['status'] }) =>
      updateRegistration(eventId, registrationId, { status }),
    onSuccess: () => {
      // Seats, the waitlist and every status list may have changed.
      void queryClient.invalidateQueries({ queryKey: eventKeys.detail(eventId) });
      void queryClient.invalidateQueries({ queryKey: eventKeys.lists() });
    },
  });
}
