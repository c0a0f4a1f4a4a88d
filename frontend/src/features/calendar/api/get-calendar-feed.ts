import { queryOptions, useQuery } from '@tanstack/react-query';
import { api, bodyOf } from '@/lib/api/client';
import type { CalendarFeed } from '@/lib/api/types';
import { calendarKeys } from './keys';

export async function getCalendarFeed(): Promise<CalendarFeed> {
  return bodyOf(await api.GET('/api/v1/me/calendar-feed'));
}

export const calendarFeedQueryOptions = () => queryOptions({ queryKey: calendarKeys.feed(), queryFn: getCalendarFeed });

/** The caller's secret subscription URL (made on first ask). */
export function useCalendarFeed() {
  return useQuery(calendarFeedQueryOptions());
}
