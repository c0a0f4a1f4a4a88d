import { queryOptions, useQuery } from '@tanstack/react-query';
import { api, bodyOf } from '@/lib/api/client';
import type { ReferralReportPage } from '@/lib/api/types';
import { connectionListKeys } from './keys';

export async function getReferralReports(connectionId: string): Promise<ReferralReportPage> {
  return bodyOf(
    await api.GET('/api/v1/connections/{connectionId}/referral-reports', {
      params: { path: { connectionId }, query: { limit: 100 } },
    }),
  );
}

export const referralReportsQueryOptions = (connectionId: string) =>
  queryOptions({ queryKey: connectionListKeys.referrals(connectionId), queryFn: () => getReferralReports(connectionId) });

/** The caller's own referral reports on a connection, with the procedure tags a new one may name. */
export function useReferralReports(connectionId: string) {
  return useQuery(referralReportsQueryOptions(connectionId));
}
