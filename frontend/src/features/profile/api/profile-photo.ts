import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, bodyOf } from '@/lib/api/client';
import { profileKeys } from '@/entities/profile/keys';

export const PHOTO_TYPES = ['image/jpeg', 'image/png', 'image/webp'] as const;
export const PHOTO_MAX_BYTES = 5 * 1024 * 1024;

/** Sends the file's own bytes with its own media type; the server re-encodes it. */
export async function uploadMyPhoto(file: File): Promise<string> {
  const saved = await api.PUT('/api/v1/me/profile/photo', {
    // The contract types a binary body as string; the File is sent as it is.
    body: file as unknown as string,
    bodySerializer: (body) => body,
    headers: { 'Content-Type': file.type },
  });
  return bodyOf(saved).photoUrl;
}

export async function removeMyPhoto(): Promise<void> {
  await api.DELETE('/api/v1/me/profile/photo');
}

function useRefreshProfile() {
  const queryClient = useQueryClient();
  return () => queryClient.invalidateQueries({ queryKey: profileKeys.mine() });
}

export function useUploadMyPhoto() {
  const refresh = useRefreshProfile();
  return useMutation({ mutationFn: uploadMyPhoto, onSuccess: refresh });
}

export function useRemoveMyPhoto() {
  const refresh = useRefreshProfile();
  return useMutation({ mutationFn: removeMyPhoto, onSuccess: refresh });
}
