import { useMutation } from '@tanstack/react-query';
import { api } from '@/lib/api/client';

export async function resendVerification(): Promise<void> {
  await api.POST('/api/v1/me/email-verification');
}

/** Mails the signed-in account a new confirmation link. */
export function useResendVerification() {
  return useMutation({ mutationFn: resendVerification });
}
