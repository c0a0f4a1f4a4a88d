import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, bodyOf } from '@/lib/api/client';
import type { CellConsentRequest, Connection } from '@/lib/api/types';
import { connectionKeys } from './keys';

/** Shows or hides the caller's cell number from this one connection, from the next response on. */
export async function setCellConsent(connectionId: string, consent: CellConsentRequest['consent']): Promise<Connection> {
  return bodyOf(
    await api.PUT('/api/v1/connections/{connectionId}/cell-consent', {
      params: { path: { connectionId } },
      body: { consent },
    }),
  );
}

export function useSetCellConsent(connectionId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (consent: CellConsentRequest['consent']) => setCellConsent(connectionId, consent),
    onSuccess: (connection) => {
      queryClient.setQueryData(connectionKeys.detail(connectionId), connection);
    },
  });
}
