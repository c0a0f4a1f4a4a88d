import { type QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { type ReactNode, useEffect } from 'react';
import { refreshSession } from '@/lib/api/client';
import { isConnectionFailure } from '@/lib/api/error-message';
import { forgetAccount, rememberAccount, rememberedAccount } from '@/lib/offline/offline-cache';
import { sessionStore } from '@/lib/session/session-store';

function currentAccountId(): string | undefined {
  const state = sessionStore.getState();
  return state.status === 'signed-in' ? state.account.id : undefined;
}

/**
 * On start-up the refresh cookie, if any, restores the session. Without a connection the account this device was
 * signed in as opens with what it kept (its tickets), and the session is restored once the connection is back; any
 * other failure means "signed out".
 */
function useRestoreSession() {
  useEffect(() => {
    if (sessionStore.getState().status !== 'restoring') return undefined;
    refreshSession().catch(async (error: unknown) => {
      const account = isConnectionFailure(error) ? await rememberedAccount().catch(() => undefined) : undefined;
      if (account) sessionStore.resumeOffline(account);
      else sessionStore.end();
    });
    const restoreWhenOnline = () => {
      if (sessionStore.getState().status === 'signed-in' && !sessionStore.getAccessToken()) {
        refreshSession().catch(() => undefined);
      }
    };
    window.addEventListener('online', restoreWhenOnline);
    return () => {
      window.removeEventListener('online', restoreWhenOnline);
    };
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

/**
 * What the service worker keeps for offline use (lib/offline) belongs to the signed-in account: remembered with it,
 * and deleted when the session ends, however it ends. Best effort: a browser without Cache Storage (or with it full)
 * just has no offline copy.
 */
function useOfflineCopyFollowsAccount() {
  useEffect(
    () =>
      sessionStore.subscribe(() => {
        const state = sessionStore.getState();
        if (state.status === 'signed-in') rememberAccount(state.account).catch(() => undefined);
        else if (state.status === 'signed-out') forgetAccount().catch(() => undefined);
      }),
    [],
  );
}

export function AppProviders({ queryClient, children }: { queryClient: QueryClient; children: ReactNode }) {
  useRestoreSession();
  useCacheFollowsAccount(queryClient);
  useOfflineCopyFollowsAccount();
  return <QueryClientProvider client={queryClient}>{children}</QueryClientProvider>;
}
