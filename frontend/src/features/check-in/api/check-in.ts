import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, bodyOf } from '@/lib/api/client';
import type { CheckInRequest, CheckInResult } from '@/lib/api/types';
import { registrationKeys } from '@/entities/registration/keys';

/** Checks an attendee in by scanned ticket or by registration; doing it twice is harmless. */
export async function checkIn(eventId: string, request: CheckInRequest): Promise<CheckInResult> {
  return bodyOf(await api.POST('/api/v1/events/{eventId}/check-ins', { params: { path: { eventId } }, body: request }));
}

export function useCheckIn(eventId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (request: CheckInRequest) => checkIn(eventId, request),
    onSuccess: () => {
      void queryClient.invalidateQueries({ queryKey: registrationKeys.ofEvent(eventId) });
    },
  });
}
