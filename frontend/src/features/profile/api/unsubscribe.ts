import { useMutation } from '@tanstack/react-query';
import { api, bodyOf } from '@/lib/api/client';

/** Switches one category of mail off by the signed link in a mail; no login needed. */
export async function unsubscribe(token: string) {
  return bodyOf(await api.POST('/api/v1/mail/unsubscribe/{token}', { params: { path: { token } } }));
}

export function useUnsubscribe() {
  return useMutation({ mutationFn: unsubscribe });
}
