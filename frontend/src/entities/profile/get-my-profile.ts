import { queryOptions, useQuery } from '@tanstack/react-query';
import { api, bodyOf } from '@/lib/api/client';
import type { MyProfile } from '@/lib/api/types';
import { profileKeys } from './keys';

/** The caller's profile with every contact field; before the first save, defaults to start from. */
export async function getMyProfile(): Promise<MyProfile> {
  return bodyOf(await api.GET('/api/v1/me/profile'));
}

export const myProfileQueryOptions = () => queryOptions({ queryKey: profileKeys.mine(), queryFn: getMyProfile });

export function useMyProfile() {
  return useQuery(myProfileQueryOptions());
}
