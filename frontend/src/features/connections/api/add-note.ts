import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, bodyOf } from '@/lib/api/client';
import type { Note } from '@/lib/api/types';
import { connectionListKeys } from './keys';

export async function addNote(connectionId: string, body: string): Promise<Note> {
  return bodyOf(
    await api.POST('/api/v1/connections/{connectionId}/notes', { params: { path: { connectionId } }, body: { body } }),
  );
}

export function useAddNote(connectionId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: string) => addNote(connectionId, body),
    onSuccess: () => {
      void queryClient.invalidateQueries({ queryKey: connectionListKeys.notes(connectionId) });
    },
  });
}
