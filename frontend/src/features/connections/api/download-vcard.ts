import { useMutation } from '@tanstack/react-query';
import { api } from '@/lib/api/client';
import { saveBlob, textFile } from '@/lib/files/save-blob';

/**
 * The connection's contact card, as a file to save. Fetched through the API client (so with the
 * bearer token and the refresh on 401), since a plain link would carry no token.
 */
export async function getVCard(connectionId: string): Promise<Blob> {
  const { data } = await api.GET('/api/v1/connections/{connectionId}/vcard', {
    params: { path: { connectionId } },
    parseAs: 'text',
  });
  return textFile(data, 'text/vcard;charset=utf-8', 'contact card');
}

/** A file name a phone's contacts app accepts: letters, digits and dashes, then .vcf. */
export function vCardFileName(fullName: string): string {
  const stem = fullName
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[^A-Za-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
  return `${stem || 'contact'}.vcf`;
}

export function useDownloadVCard(connectionId: string, fullName: string) {
  return useMutation({
    mutationFn: () => getVCard(connectionId),
    onSuccess: (blob) => {
      saveBlob(blob, vCardFileName(fullName));
    },
  });
}
