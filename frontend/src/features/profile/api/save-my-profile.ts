import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, bodyOf } from '@/lib/api/client';
import type { MyProfile, ProfileRequest } from '@/lib/api/types';
import { profileKeys } from '@/entities/profile/keys';

/** Replaces the whole profile; the server answers with it as stored (tags and phone normalised). */
export async function saveMyProfile(request: ProfileRequest): Promise<MyProfile> {
  return bodyOf(await api.PUT('/api/v1/me/profile', { body: request }));
}

export function useSaveMyProfile() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: saveMyProfile,
    onSuccess: (profile) => {
      queryClient.setQueryData(profileKeys.mine(), profile);
    },
  });
}
