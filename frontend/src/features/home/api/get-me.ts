import { queryOptions, useQuery } from '@tanstack/react-query';
import { api, bodyOf } from '@/lib/api/client';
import type { Account } from '@/lib/api/types';
import { homeKeys } from './keys';

export async function getMe(): Promise<Account> {
  return bodyOf(await api.GET('/api/v1/me'));
}

export const meQueryOptions = () => queryOptions({ queryKey: homeKeys.me(), queryFn: getMe });

/** The signed-in account as the server has it now. */
export function useMe() {
  return useQuery(meQueryOptions());
}
