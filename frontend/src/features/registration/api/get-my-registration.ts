import { queryOptions, useQuery } from '@tanstack/react-query';
import { api, bodyOf } from '@/lib/api/client';
import type { Registration, RoundsEvent } from '@/lib/api/types';
import { myRegistrationKeys } from './keys';

/**
 * The caller's active registration for one event, or null. The API answers this through the
 * caller's ticket list (upcoming or past, by the event's end), which excludes cancelled ones.
 */
export async function getMyRegistration(event: Pick<RoundsEvent, 'id' | 'endsAt'>): Promise<Registration | null> {
  const past = Date.parse(event.endsAt) < Date.now();
  let cursor: string | undefined;
  do {
    const query = cursor ? { past, limit: 100, cursor } : { past, limit: 100 };
    const page = bodyOf(await api.GET('/api/v1/me/registrations', { params: { query } }));
    const mine = page.items.find((ticket) => ticket.registration.eventId === event.id);
    if (mine) return mine.registration;
    cursor = page.nextCursor;
  } while (cursor);
  return null;
}

export const myRegistrationQueryOptions = (event: Pick<RoundsEvent, 'id' | 'endsAt'>) =>
  queryOptions({ queryKey: myRegistrationKeys.atEvent(event.id), queryFn: () => getMyRegistration(event) });

export function useMyRegistration(event: Pick<RoundsEvent, 'id' | 'endsAt'>) {
  return useQuery(myRegistrationQueryOptions(event));
}
