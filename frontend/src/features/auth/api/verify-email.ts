import { useMutation } from '@tanstack/react-query';
import { api, bodyOf } from '@/lib/api/client';
import { sessionStore } from '@/lib/session/session-store';

export async function verifyEmail(token: string): Promise<void> {
  await api.POST('/api/v1/auth/verify-email', { body: { token } });
  if (sessionStore.getState().status === 'signed-in') {
    // The banner and the gated actions read the session's account: bring it up to date.
    sessionStore.updateAccount(bodyOf(await api.GET('/api/v1/me')));
  }
}

/** Confirms the address with the token of the mailed link; no login needed. */
export function useVerifyEmail() {
  return useMutation({ mutationFn: verifyEmail });
}
