import { useMutation } from '@tanstack/react-query';
import { api, bodyOf } from '@/lib/api/client';

export async function requestPasswordReset(email: string): Promise<string> {
  return bodyOf(await api.POST('/api/v1/auth/password-reset', { body: { email } })).detail;
}

/** Asks for a reset link; the answer is the same whether or not the address has an account. */
export function useRequestPasswordReset() {
  return useMutation({ mutationFn: requestPasswordReset });
}
