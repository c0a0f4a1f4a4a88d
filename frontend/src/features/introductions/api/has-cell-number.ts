import { useQuery } from '@tanstack/react-query';
import { api, bodyOf } from '@/lib/api/client';
import { introductionKeys } from './keys';

/** Whether the caller has saved a cell number at all: without one there is nothing to offer a connection. */
export async function hasCellNumber(): Promise<boolean> {
  const profile = bodyOf(await api.GET('/api/v1/me/profile'));
  return Boolean(profile.cellNumber);
}

export function useHasCellNumber() {
  return useQuery({ queryKey: [...introductionKeys.all, 'has-cell-number'], queryFn: hasCellNumber, staleTime: 0 });
}
