import { infiniteQueryOptions, useInfiniteQuery } from '@tanstack/react-query';
import { api, bodyOf } from '@/lib/api/client';
import type { EventPage, EventQuery } from '@/lib/api/types';
import { eventListKeys, type ManagedEventFilters } from './keys';

const PAGE_SIZE = 25;
/** Far enough back to include every event Rounds has held. */
const BEGINNING = '2000-01-01T00:00:00Z';

export async function getManagedEvents(filters: ManagedEventFilters, cursor?: string): Promise<EventPage> {
  const query: EventQuery = { limit: PAGE_SIZE };
  if (filters.status) query.status = filters.status;
  if (filters.past) query.from = BEGINNING;
  if (cursor) query.cursor = cursor;
  return bodyOf(await api.GET('/api/v1/events', { params: { query } }));
}

export const managedEventsQueryOptions = (filters: ManagedEventFilters) =>
  infiniteQueryOptions({
    queryKey: eventListKeys.managed(filters),
    queryFn: ({ pageParam }) => getManagedEvents(filters, pageParam),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (last) => last.nextCursor,
  });

/** Every event in any status, drafts included; upcoming only unless past ones are asked for. */
export function useManagedEvents(filters: ManagedEventFilters) {
  return useInfiniteQuery(managedEventsQueryOptions(filters));
}
