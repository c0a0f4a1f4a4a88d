import { useSyncExternalStore } from 'react';
import type { Role } from '@/lib/api/types';
import { type SessionState, sessionStore } from './session-store';

export function useSession(): SessionState {
  return useSyncExternalStore(sessionStore.subscribe, sessionStore.getState);
}

/** The signed-in account; only for components rendered behind the sign-in guard. */
export function useAccount() {
  const session = useSession();
  if (session.status !== 'signed-in') {
    throw new Error('useAccount() needs a signed-in session; render it behind RequireAuth.');
  }
  return session.account;
}

export function hasRole(account: { roles: readonly Role[] }, role: Role): boolean {
  return account.roles.includes(role);
}
