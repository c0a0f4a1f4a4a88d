import { useQuery } from '@tanstack/react-query';
import { api, bodyOf } from '@/lib/api/client';
import type { RoundsEvent } from '@/lib/api/types';
import { introductionKeys } from './keys';

export async function getEvent(eventId: string): Promise<RoundsEvent> {
  return bodyOf(await api.GET('/api/v1/events/{eventId}', { params: { path: { eventId } } }));
}

/** The event a page is about, for its title. */
export function useEvent(eventId: string) {
  return useQuery({ queryKey: [...introductionKeys.all, 'event', eventId], queryFn: () => getEvent(eventId) });
}
