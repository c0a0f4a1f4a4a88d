import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, bodyOf } from '@/lib/api/client';
import type { Connection } from '@/lib/api/types';
import { secretOf } from '@/lib/codes/links';
import { connectionKeys } from '@/entities/connection/keys';
import { connectionListKeys } from './keys';

/**
 * Connects the caller with the owner of a scanned code (its `/c/` link), a typed short code or an opened link at
 * once; scanning again returns the same connection.
 */
export async function scanConnectCode(code: string): Promise<Connection> {
  return bodyOf(await api.POST('/api/v1/connections/scan', { body: { code: secretOf('c', code) } }));
}

export function useScanConnectCode() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: scanConnectCode,
    onSuccess: (connection) => {
      queryClient.setQueryData(connectionKeys.detail(connection.id), connection);
      void queryClient.invalidateQueries({ queryKey: connectionListKeys.lists() });
    },
  });
}
