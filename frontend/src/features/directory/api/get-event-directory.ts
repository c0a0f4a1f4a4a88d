import { infiniteQueryOptions, keepPreviousData, useInfiniteQuery } from '@tanstack/react-query';
import { api, bodyOf } from '@/lib/api/client';
import type { EventAttendeePage } from '@/lib/api/types';
import { type DirectoryFilters, directoryKeys } from './keys';

/** Only the filters that say something: an empty field does not narrow the search. */
function given(filters: DirectoryFilters): DirectoryFilters {
  return Object.fromEntries(Object.entries(filters).filter(([, value]) => typeof value === 'string' && value.trim()));
}

export async function getEventDirectory(
  eventId: string,
  filters: DirectoryFilters,
  cursor?: string,
): Promise<EventAttendeePage> {
  const query = { limit: 20, ...given(filters), ...(cursor ? { cursor } : {}) };
  return bodyOf(await api.GET('/api/v1/events/{eventId}/attendees', { params: { path: { eventId }, query } }));
}

export const eventDirectoryQueryOptions = (eventId: string, filters: DirectoryFilters) =>
  infiniteQueryOptions({
    queryKey: directoryKeys.event(eventId, given(filters)),
    queryFn: ({ pageParam }) => getEventDirectory(eventId, filters, pageParam),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (last) => last.nextCursor,
    placeholderData: keepPreviousData,
  });

/** The event's attendees matching the filters, in order of registration. */
export function useEventDirectory(eventId: string, filters: DirectoryFilters) {
  return useInfiniteQuery(eventDirectoryQueryOptions(eventId, filters));
}
