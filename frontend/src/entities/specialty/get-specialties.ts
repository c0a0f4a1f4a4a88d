import { queryOptions, useQuery } from '@tanstack/react-query';
import { api, bodyOf } from '@/lib/api/client';
import type { Specialty } from '@/lib/api/types';
import { specialtyKeys } from './keys';

export async function getSpecialties(): Promise<Specialty[]> {
  return bodyOf(await api.GET('/api/v1/specialties')).items;
}

export const specialtiesQueryOptions = () =>
  queryOptions({ queryKey: specialtyKeys.all, queryFn: getSpecialties, staleTime: Infinity });

/** Specialties and their subspecialties (NUCC taxonomy), with tag suggestions; changes only with a release. */
export function useSpecialties() {
  return useQuery(specialtiesQueryOptions());
}
