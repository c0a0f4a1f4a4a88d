import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '@/lib/api/client';
import { integrationKeys } from './keys';

export async function revokeIntegrationClient(clientId: string): Promise<void> {
  await api.DELETE('/api/v1/integration-clients/{clientId}', { params: { path: { clientId } } });
}

/** Both of the client's keys stop at once. */
export function useRevokeIntegrationClient() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: revokeIntegrationClient,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: integrationKeys.clients() }),
  });
}
