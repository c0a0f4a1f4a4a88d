import { infiniteQueryOptions, useInfiniteQuery } from '@tanstack/react-query';
import { api, bodyOf } from '@/lib/api/client';
import type { IntegrationClientPage } from '@/lib/api/types';
import { integrationKeys } from './keys';

export async function getIntegrationClients(cursor?: string): Promise<IntegrationClientPage> {
  const query = cursor ? { limit: 50, cursor } : { limit: 50 };
  return bodyOf(await api.GET('/api/v1/integration-clients', { params: { query } }));
}

export const integrationClientsQueryOptions = () =>
  infiniteQueryOptions({
    queryKey: integrationKeys.clients(),
    queryFn: ({ pageParam }) => getIntegrationClients(pageParam),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (last) => last.nextCursor,
  });

/** Every integration client, newest first, revoked ones included. */
export function useIntegrationClients() {
  return useInfiniteQuery(integrationClientsQueryOptions());
}
