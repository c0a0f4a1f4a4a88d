import { useQuery } from '@tanstack/react-query';
import { api, bodyOf } from '@/lib/api/client';
import type { CheckInSummary } from '@/lib/api/types';
import { checkInKeys } from './keys';

/** How often the door counts again, so several phones at the door see each other's check-ins. */
export const DOOR_REFRESH_MS = 5_000;

export async function getCheckInSummary(eventId: string): Promise<CheckInSummary> {
  return bodyOf(await api.GET('/api/v1/events/{eventId}/check-ins/summary', { params: { path: { eventId } } }));
}

/**
 * Arrived of registered and the latest check-ins, fetched again every few seconds while the door is open and the
 * tab is in view (TanStack Query pauses the interval in a background tab, as the dashboard's does).
 */
export function useCheckInSummary(eventId: string, { live }: { live: boolean }) {
  return useQuery({
    queryKey: checkInKeys.summary(eventId),
    queryFn: () => getCheckInSummary(eventId),
    refetchInterval: live ? DOOR_REFRESH_MS : false,
    refetchIntervalInBackground: false,
  });
}
