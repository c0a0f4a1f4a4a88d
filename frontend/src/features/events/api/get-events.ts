import { infiniteQueryOptions, useInfiniteQuery } from '@tanstack/react-query';
import { api, bodyOf } from '@/lib/api/client';
import type { EventPage, EventQuery } from '@/lib/api/types';
import { type EventFilters, eventListKeys } from './keys';

const PAGE_SIZE = 12;

/** Midnight at the start of a YYYY-MM-DD day in the viewer's zone, as RFC 3339; undefined if blank. */
function startOfDay(day: string, plusDays = 0): string | undefined {
  if (!day) return undefined;
  const [year, month, date] = day.split('-').map(Number) as [number, number, number];
  return new Date(year, month - 1, date + plusDays).toISOString();
}

export function toEventQuery(filters: EventFilters, cursor?: string): EventQuery {
  const query: EventQuery = { limit: PAGE_SIZE };
  if (filters.q.trim()) query.q = filters.q.trim();
  if (filters.city.trim()) query.city = filters.city.trim();
  const from = startOfDay(filters.from);
  if (from) query.from = from;
  // "to" names the last day wanted, so events starting any time that day are included.
  const to = startOfDay(filters.to, 1);
  if (to) query.to = to;
  if (cursor) query.cursor = cursor;
  return query;
}

export async function getEvents(filters: EventFilters, cursor?: string): Promise<EventPage> {
  return bodyOf(await api.GET('/api/v1/events', { params: { query: toEventQuery(filters, cursor) } }));
}

export const eventsQueryOptions = (filters: EventFilters) =>
  infiniteQueryOptions({
    queryKey: eventListKeys.search(filters),
    queryFn: ({ pageParam }) => getEvents(filters, pageParam),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (last) => last.nextCursor,
  });

/** Published, upcoming events matching the filters, a page at a time. */
export function useEvents(filters: EventFilters) {
  return useInfiniteQuery(eventsQueryOptions(filters));
}
