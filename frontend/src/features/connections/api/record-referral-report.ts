import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, bodyOf } from '@/lib/api/client';
import type { ReferralReport, ReferralReportRequest } from '@/lib/api/types';
import { connectionListKeys } from './keys';

export async function recordReferralReport(connectionId: string, report: ReferralReportRequest): Promise<ReferralReport> {
  return bodyOf(
    await api.POST('/api/v1/connections/{connectionId}/referral-reports', {
      params: { path: { connectionId } },
      body: report,
    }),
  );
}

export function useRecordReferralReport(connectionId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (report: ReferralReportRequest) => recordReferralReport(connectionId, report),
    onSuccess: () => {
      void queryClient.invalidateQueries({ queryKey: connectionListKeys.referrals(connectionId) });
    },
  });
}
