import { useMutation } from '@tanstack/react-query';
import { api } from '@/lib/api/client';

/**
 * The connection's contact card, as a file to save. Fetched through the API client (so with the
 * bearer token and the refresh on 401), since a plain link would carry no token.
 */
export async function getVCard(connectionId: string): Promise<Blob> {
  const { data } = await api.GET('/api/v1/connections/{connectionId}/vcard', {
    params: { path: { connectionId } },
    parseAs: 'text',
  });
  if (!data) throw new Error('The contact card came back empty');
  return new Blob([data], { type: 'text/vcard;charset=utf-8' });
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

/** Hands a blob to the browser as a download with the given name. */
export function saveBlob(blob: Blob, fileName: string): void {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  document.body.append(link);
  link.click();
  link.remove();
  // Some browsers start the download only after the click handler returns.
  setTimeout(() => {
    URL.revokeObjectURL(url);
  }, 1000);
}

export function useDownloadVCard(connectionId: string, fullName: string) {
  return useMutation({
    mutationFn: () => getVCard(connectionId),
    onSuccess: (blob) => {
      saveBlob(blob, vCardFileName(fullName));
    },
  });
}
