import { queryOptions, useQuery } from '@tanstack/react-query';
import { api, bodyOf } from '@/lib/api/client';
import type { AccountRolesList } from '@/lib/api/types';
import { organizerKeys } from './keys';

export async function getOrganizers(): Promise<AccountRolesList> {
  return bodyOf(await api.GET('/api/v1/accounts', { params: { query: { role: 'ORGANIZER' } } }));
}

export const organizersQueryOptions = () => queryOptions({ queryKey: organizerKeys.list(), queryFn: getOrganizers });

/** Every organizer by name; they are few, so never paged. */
export function useOrganizers() {
  return useQuery(organizersQueryOptions());
}
