import { useMutation } from '@tanstack/react-query';
import { api, bodyOf } from '@/lib/api/client';
import type { LoginRequest, SessionResponse } from '@/lib/api/types';
import { sessionStore } from '@/lib/session/session-store';

export async function login(credentials: LoginRequest): Promise<SessionResponse> {
  return bodyOf(await api.POST('/api/v1/auth/login', { body: credentials }));
}

/**
 * Signs in. Success starts the session; the route guards then leave the sign-in page, and the
 * query cache, which belongs to one account, is reset by the app's providers.
 */
export function useLogin() {
  return useMutation({
    mutationFn: login,
    onSuccess: (session) => {
      sessionStore.start(session);
    },
  });
}
