import { infiniteQueryOptions, useInfiniteQuery } from '@tanstack/react-query';
import { api, bodyOf } from '@/lib/api/client';
import type { TicketPage } from '@/lib/api/types';
import { myRegistrationKeys } from './keys';

const PAGE_SIZE = 20;

export async function getMyTickets(past: boolean, cursor?: string): Promise<TicketPage> {
  const query = cursor ? { past, limit: PAGE_SIZE, cursor } : { past, limit: PAGE_SIZE };
  return bodyOf(await api.GET('/api/v1/me/registrations', { params: { query } }));
}

export const myTicketsQueryOptions = (past: boolean) =>
  infiniteQueryOptions({
    queryKey: myRegistrationKeys.tickets(past),
    queryFn: ({ pageParam }) => getMyTickets(past, pageParam),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (last) => last.nextCursor,
    // Places change without this tab doing anything (a seat opens, an organizer checks you in),
    // so the list is fetched afresh whenever the page is opened.
    staleTime: 0,
  });

/** The caller's registrations with their events: upcoming in start order, or past, newest first. */
export function useMyTickets(past: boolean) {
  return useInfiniteQuery(myTicketsQueryOptions(past));
}
