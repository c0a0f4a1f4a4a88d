import { queryOptions, useQuery } from '@tanstack/react-query';
import { api, bodyOf } from '@/lib/api/client';
import type { AttendeeProfile } from '@/lib/api/types';
import { directoryKeys } from './keys';

export async function getAttendee(attendeeId: string): Promise<AttendeeProfile> {
  return bodyOf(await api.GET('/api/v1/attendees/{attendeeId}', { params: { path: { attendeeId } } }));
}

export const attendeeQueryOptions = (attendeeId: string) =>
  queryOptions({ queryKey: directoryKeys.person(attendeeId), queryFn: () => getAttendee(attendeeId) });

/** Someone's profile as the caller may see it: contact fields only where its owner shows them to the caller. */
export function useAttendee(attendeeId: string) {
  return useQuery(attendeeQueryOptions(attendeeId));
}
