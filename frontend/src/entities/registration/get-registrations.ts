import { infiniteQueryOptions, useInfiniteQuery } from '@tanstack/react-query';
import { api, bodyOf } from '@/lib/api/client';
import type { RegistrationPage } from '@/lib/api/types';
import { type RegistrationFilters, registrationKeys } from './keys';

const PAGE_SIZE = 50;

export async function getRegistrations(
  eventId: string,
  filters: RegistrationFilters,
  cursor?: string,
): Promise<RegistrationPage> {
  const query: { limit: number; status?: RegistrationFilters['status']; q?: string; cursor?: string } = {
    limit: PAGE_SIZE,
  };
  if (filters.status) query.status = filters.status;
  if (filters.q.trim()) query.q = filters.q.trim();
  if (cursor) query.cursor = cursor;
  return bodyOf(await api.GET('/api/v1/events/{eventId}/registrations', { params: { path: { eventId }, query } }));
}

export const registrationsQueryOptions = (eventId: string, filters: RegistrationFilters) =>
  infiniteQueryOptions({
    queryKey: registrationKeys.list(eventId, filters),
    queryFn: ({ pageParam }) => getRegistrations(eventId, filters, pageParam),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (last) => last.nextCursor,
  });

/** An event's registrations by status and name, in order of arrival (the waitlist in line order). */
export function useRegistrations(eventId: string, filters: RegistrationFilters, { enabled = true } = {}) {
  return useInfiniteQuery({ ...registrationsQueryOptions(eventId, filters), enabled });
}
