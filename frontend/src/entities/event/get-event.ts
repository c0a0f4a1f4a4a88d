import { queryOptions, useQuery } from '@tanstack/react-query';
import { api, bodyOf } from '@/lib/api/client';
import type { RoundsEvent } from '@/lib/api/types';
import { eventKeys } from './keys';

export async function getEvent(eventId: string): Promise<RoundsEvent> {
  return bodyOf(await api.GET('/api/v1/events/{eventId}', { params: { path: { eventId } } }));
}

export const eventQueryOptions = (eventId: string) =>
  queryOptions({ queryKey: eventKeys.detail(eventId), queryFn: () => getEvent(eventId) });

/** One event as the caller may see it (attendees: published ones; organizers: any). */
export function useEvent(eventId: string) {
  return useQuery(eventQueryOptions(eventId));
}
