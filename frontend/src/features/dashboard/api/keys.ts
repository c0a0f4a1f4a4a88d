import { eventKeys } from '@/entities/event/keys';

/** What the dashboard is narrowed to: RFC 3339 instants, either may be absent. */
export interface DashboardRange {
  from?: string;
  to?: string;
}

export const dashboardKeys = {
  event: (eventId: string, range: DashboardRange) => [...eventKeys.detail(eventId), 'dashboard', range] as const,
};
