import { queryOptions, useQuery } from '@tanstack/react-query';
import { api, bodyOf } from '@/lib/api/client';
import type { Specialty } from '@/lib/api/types';
import { organizerKeys } from './keys';

export async function getSpecialties(): Promise<Specialty[]> {
  return bodyOf(await api.GET('/api/v1/specialties')).items;
}

export const specialtiesQueryOptions = () =>
  queryOptions({ queryKey: organizerKeys.specialties(), queryFn: getSpecialties, staleTime: Infinity });

/** The specialty vocabulary, which changes only with a release. */
export function useSpecialties() {
  return useQuery(specialtiesQueryOptions());
}
