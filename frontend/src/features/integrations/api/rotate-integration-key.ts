import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, bodyOf } from '@/lib/api/client';
import type { IssuedIntegrationKey } from '@/lib/api/types';
import { integrationKeys } from './keys';

export async function rotateIntegrationKey(clientId: string): Promise<IssuedIntegrationKey> {
  return bodyOf(await api.POST('/api/v1/integration-clients/{clientId}/rotate', { params: { path: { clientId } } }));
}

/** A new key for the client; the old one keeps working for the grace period. */
export function useRotateIntegrationKey() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: rotateIntegrationKey,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: integrationKeys.clients() }),
  });
}
