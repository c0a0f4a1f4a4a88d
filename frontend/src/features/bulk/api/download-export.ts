import { useMutation } from '@tanstack/react-query';
import { api } from '@/lib/api/client';
import { saveBlob, textFile } from '@/lib/files/save-blob';

export type ExportList = 'registrations' | 'introductions' | 'follow-ups';

function fetchCsv(eventId: string, list: ExportList) {
  const options = { params: { path: { eventId } }, parseAs: 'text' as const };
  switch (list) {
    case 'registrations':
      return api.GET('/api/v1/events/{eventId}/exports/registrations.csv', options);
    case 'introductions':
      return api.GET('/api/v1/events/{eventId}/exports/introductions.csv', options);
    case 'follow-ups':
      return api.GET('/api/v1/events/{eventId}/exports/follow-ups.csv', options);
  }
}

/** The name the server gives the file (Content-Disposition), else a plain one. */
export function fileNameOf(contentDisposition: string | null, list: ExportList): string {
  const named = /filename="([^"]+)"/.exec(contentDisposition ?? '');
  return named?.[1] ?? `rounds-${list}.csv`;
}

/** One of the event's lists as a CSV file, fetched with the bearer token (a plain link would carry none). */
export async function downloadExport(eventId: string, list: ExportList): Promise<{ blob: Blob; fileName: string }> {
  const { data, response } = await fetchCsv(eventId, list);
  return {
    blob: textFile(data, 'text/csv;charset=utf-8', 'CSV file'),
    fileName: fileNameOf(response.headers.get('Content-Disposition'), list),
  };
}

export function useDownloadExport(eventId: string) {
  return useMutation({
    mutationFn: (list: ExportList) => downloadExport(eventId, list),
    onSuccess: ({ blob, fileName }) => {
      saveBlob(blob, fileName);
    },
  });
}
