import { useMutation } from '@tanstack/react-query';
import { api } from '@/lib/api/client';
import type { PasswordResetConfirmation } from '@/lib/api/types';
import { sessionStore } from '@/lib/session/session-store';

export async function confirmPasswordReset(request: PasswordResetConfirmation): Promise<void> {
  await api.POST('/api/v1/auth/password-reset/confirm', { body: request });
}

/** Sets the new password. Every login of the account ends on the server, this browser's too. */
export function useConfirmPasswordReset() {
  return useMutation({
    mutationFn: confirmPasswordReset,
    onSuccess: () => {
      sessionStore.end();
    },
  });
}
