import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, bodyOf } from '@/lib/api/client';
import type { CellConsent, CellConsentRequest } from '@/lib/api/types';
import { introductionKeys } from './keys';

/** The caller's cell consent for the connection an accepted introduction made. */
export async function getMyCellConsent(connectionId: string): Promise<CellConsent> {
  const connection = bodyOf(
    await api.GET('/api/v1/connections/{connectionId}', { params: { path: { connectionId } } }),
  );
  return connection.myCellConsent;
}

export function useMyCellConsent(connectionId: string | undefined) {
  return useQuery({
    queryKey: [...introductionKeys.connections, 'detail', connectionId, 'my-cell-consent'],
    queryFn: () => getMyCellConsent(connectionId ?? ''),
    enabled: connectionId !== undefined,
    staleTime: 0,
  });
}

export function useDecideCellConsent(connectionId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async (consent: CellConsentRequest['consent']) =>
      bodyOf(
        await api.PUT('/api/v1/connections/{connectionId}/cell-consent', {
          params: { path: { connectionId } },
          body: { consent },
        }),
      ),
    onSuccess: () => {
      void queryClient.invalidateQueries({ queryKey: introductionKeys.connections });
    },
  });
}
