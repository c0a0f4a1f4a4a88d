import { type QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { type ReactNode, useEffect } from 'react';
import { refreshSession } from '@/lib/api/client';
import { sessionStore } from '@/lib/session/session-store';

function currentAccountId(): string | undefined {
  const state = sessionStore.getState();
  return state.status === 'signed-in' ? state.account.id : undefined;
}

/** On start-up the refresh cookie, if any, restores the session; any failure means "signed out". */
function useRestoreSession() {
  useEffect(() => {
    if (sessionStore.getState().status === 'restoring') {
      refreshSession().catch(() => {
        sessionStore.end();
      });
    }
  }, []);
}

/**
 * Everything cached belongs to the account that fetched it, so the cache is emptied whenever the
 * account changes: sign-in, sign-out, or a session that could not be refreshed.
 */
function useCacheFollowsAccount(queryClient: QueryClient) {
  useEffect(() => {
    let accountId = currentAccountId();
    return sessionStore.subscribe(() => {
      const next = currentAccountId();
      if (next !== accountId) {
        accountId = next;
        queryClient.clear();
      }
    });
  }, [queryClient]);
}

export function AppProviders({ queryClient, children }: { queryClient: QueryClient; children: ReactNode }) {
  useRestoreSession();
  useCacheFollowsAccount(queryClient);
  return <QueryClientProvider client={queryClient}>{children}</QueryClientProvider>;
}
