import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { api, bodyOf } from '@/lib/api/client';
import type { DashboardTrends, DashboardTrendsQuery } from '@/lib/api/types';
import { dashboardKeys, type TrendsFilters } from './keys';

export async function getTrends(filters: TrendsFilters): Promise<DashboardTrends> {
  const query: DashboardTrendsQuery = {};
  if (filters.city) query.city = filters.city;
  if (filters.from) query.from = filters.from;
  if (filters.to) query.to = filters.to;
  return bodyOf(await api.GET('/api/v1/dashboard/trends', { params: { query } }));
}

/** Events over time, in a city and a date range when given; the previous figures stay while new ones load. */
export function useTrends(filters: TrendsFilters) {
  return useQuery({
    queryKey: dashboardKeys.trends(filters),
    queryFn: () => getTrends(filters),
    placeholderData: keepPreviousData,
  });
}
