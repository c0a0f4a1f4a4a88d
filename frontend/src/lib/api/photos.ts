import { api } from './client';

export type PhotoSize = 'thumb' | 'full';

const PHOTO_URL = /^\/api\/v1\/attendees\/([^/]+)\/photo\?v=([^&]+)$/;

/**
 * A profile photo's bytes, fetched through the API client: photos need the caller's bearer token,
 * which an <img src> cannot send. `photoUrl` is the one a profile gives.
 */
export async function fetchPhoto(photoUrl: string, size: PhotoSize): Promise<Blob> {
  const match = PHOTO_URL.exec(photoUrl);
  if (!match) throw new Error(`Not a photo URL: ${photoUrl}`);
  const [, attendeeId = '', version = ''] = match;
  const { data } = await api.GET('/api/v1/attendees/{attendeeId}/photo', {
    params: { path: { attendeeId }, query: { v: decodeURIComponent(version), size } },
    parseAs: 'blob',
  });
  if (!data) throw new Error(`No photo at ${photoUrl}`);
  return data;
}

export const photoKeys = {
  photo: (photoUrl: string, size: PhotoSize) => ['photo', photoUrl, size] as const,
};
