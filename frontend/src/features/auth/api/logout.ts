import { useMutation } from '@tanstack/react-query';
import { api } from '@/lib/api/client';
import { sessionStore } from '@/lib/session/session-store';

export async function logout(): Promise<void> {
  await api.POST('/api/v1/auth/logout');
}

/**
 * Signs out: the server revokes the refresh cookie, and this tab forgets the access token even if
 * that call fails, so a shared computer is never left signed in on screen.
 */
export function useLogout() {
  return useMutation({
    mutationFn: logout,
    onSettled: () => {
      sessionStore.end('signed-out');
    },
  });
}
