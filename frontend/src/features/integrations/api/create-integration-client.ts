import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, bodyOf } from '@/lib/api/client';
import type { IntegrationClientRequest, IssuedIntegrationKey } from '@/lib/api/types';
import { integrationKeys } from './keys';

export async function createIntegrationClient(request: IntegrationClientRequest): Promise<IssuedIntegrationKey> {
  return bodyOf(await api.POST('/api/v1/integration-clients', { body: request }));
}

/** A new client; its key is in the answer only, so the caller shows it before anything else. */
export function useCreateIntegrationClient() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: createIntegrationClient,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: integrationKeys.clients() }),
  });
}
