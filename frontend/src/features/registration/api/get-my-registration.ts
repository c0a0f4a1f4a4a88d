import { queryOptions, useQuery } from '@tanstack/react-query';
import { api, bodyOf } from '@/lib/api/client';
import type { Registration } from '@/lib/api/types';
import { myRegistrationKeys } from './keys';

/** The caller's active registration for one event, or null: the ticket list filtered to that event. */
export async function getMyRegistration(eventId: string): Promise<Registration | null> {
  const page = bodyOf(await api.GET('/api/v1/me/registrations', { params: { query: { eventId, limit: 1 } } }));
  return page.items[0]?.registration ?? null;
}

export const myRegistrationQueryOptions = (eventId: string) =>
  queryOptions({ queryKey: myRegistrationKeys.atEvent(eventId), queryFn: () => getMyRegistration(eventId) });

export function useMyRegistration(eventId: string) {
  return useQuery(myRegistrationQueryOptions(eventId));
}
