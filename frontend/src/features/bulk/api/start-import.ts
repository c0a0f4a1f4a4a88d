import { useMutation } from '@tanstack/react-query';
import { api, bodyOf } from '@/lib/api/client';
import type { ImportJob } from '@/lib/api/types';
import type { ColumnMapping } from '../csv-preview';

/** Sends the file's own bytes as text/csv; the mapping names the columns that hold each field. */
export async function startImport(eventId: string, file: File, mapping: ColumnMapping): Promise<ImportJob> {
  return bodyOf(
    await api.POST('/api/v1/events/{eventId}/imports', {
      params: { path: { eventId }, query: mapping },
      // The contract types a binary body as string; the File is sent as it is.
      body: file as unknown as string,
      bodySerializer: (body) => body,
      headers: { 'Content-Type': 'text/csv' },
    }),
  );
}

export function useStartImport(eventId: string) {
  return useMutation({
    mutationFn: ({ file, mapping }: { file: File; mapping: ColumnMapping }) => startImport(eventId, file, mapping),
  });
}
