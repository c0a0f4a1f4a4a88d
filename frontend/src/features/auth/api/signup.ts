import { useMutation } from '@tanstack/react-query';
import { api, bodyOf } from '@/lib/api/client';
import type { SessionResponse, SignupRequest } from '@/lib/api/types';
import { sessionStore } from '@/lib/session/session-store';

export async function signup(request: SignupRequest): Promise<SessionResponse> {
  return bodyOf(await api.POST('/api/v1/auth/signup', { body: request }));
}

/** Creates an account and signs straight into it. */
export function useSignup() {
  return useMutation({
    mutationFn: signup,
    onSuccess: (session) => {
      sessionStore.start(session);
    },
  });
}
