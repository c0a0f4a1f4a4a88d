import { eventKeys } from '@/entities/event/keys';

/** What the dashboard is narrowed to: RFC 3339 instants, either may be absent. */
export interface DashboardRange {
  from?: string;
  to?: string;
}

/** What the trends are narrowed to: a city, and RFC 3339 instants; each may be absent. */
export interface TrendsFilters extends DashboardRange {
  city?: string;
}

export const dashboardKeys = {
  event: (eventId: string, range: DashboardRange) => [...eventKeys.detail(eventId), 'dashboard', range] as const,
  trends: (filters: TrendsFilters) => [...eventKeys.lists(), 'trends', filters] as const,
};
