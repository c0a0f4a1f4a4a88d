import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { api, bodyOf } from '@/lib/api/client';
import type { EventDashboard, EventDashboardQuery } from '@/lib/api/types';
import { type DashboardRange, dashboardKeys } from './keys';

/** How often the figures of a live event are counted again. */
export const LIVE_REFRESH_MS = 10_000;

export async function getEventDashboard(eventId: string, range: DashboardRange): Promise<EventDashboard> {
  const query: EventDashboardQuery = {};
  if (range.from) query.from = range.from;
  if (range.to) query.to = range.to;
  return bodyOf(await api.GET('/api/v1/dashboard/events/{eventId}', { params: { path: { eventId }, query } }));
}

/** Whether the event is under way at this moment, going by the times the dashboard itself reported. */
export function isLive(dashboard: Pick<EventDashboard, 'startsAt' | 'endsAt'>, now = Date.now()): boolean {
  return new Date(dashboard.startsAt).getTime() <= now && now < new Date(dashboard.endsAt).getTime();
}

/**
 * One event's figures. While the event is under way they are fetched again every few seconds, but only while the
 * tab is in view (TanStack Query pauses the interval in a background tab); a changed range keeps the old figures on
 * screen until the new ones arrive.
 */
export function useEventDashboard(eventId: string, range: DashboardRange) {
  return useQuery({
    queryKey: dashboardKeys.event(eventId, range),
    queryFn: () => getEventDashboard(eventId, range),
    placeholderData: keepPreviousData,
    refetchInterval: (query) => (query.state.data && isLive(query.state.data) ? LIVE_REFRESH_MS : false),
    refetchIntervalInBackground: false,
  });
}
