import type { Account, SessionResponse } from '@/lib/api/types';

export type SessionState =
  | { status: 'restoring' }
  | { status: 'signed-out'; reason?: SignOutReason }
  | { status: 'signed-in'; account: Account };

/** Why a session ended, when it was more than "there was none": the sign-in page says so. */
export type SignOutReason = 'signed-out' | 'expired';

type Listener = () => void;

/**
 * The signed-in account and its access token, held only in this module's memory: never in
 * localStorage or sessionStorage, where any injected script could read it. A reload loses the
 * token on purpose; the HttpOnly refresh cookie brings it back.
 */
function createSessionStore() {
  let state: SessionState = { status: 'restoring' };
  let accessToken: string | null = null;
  const listeners = new Set<Listener>();

  function set(next: SessionState) {
    state = next;
    listeners.forEach((listener) => {
      listener();
    });
  }

  return {
    getState: (): SessionState => state,
    getAccessToken: (): string | null => accessToken,
    subscribe: (listener: Listener): (() => void) => {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    start(session: SessionResponse) {
      accessToken = session.accessToken;
      set({ status: 'signed-in', account: session.account });
    },
    /**
     * The account this device was signed in as, opened without a connection (see lib/offline): no token yet, so the
     * first call that reaches the server is refused and refreshes the session, or ends it if the login has ended.
     */
    resumeOffline(account: Account) {
      accessToken = null;
      set({ status: 'signed-in', account });
    },
    /** The same login, with the account as the server has it now (its address was just confirmed). */
    updateAccount(account: Account) {
      if (state.status === 'signed-in') set({ status: 'signed-in', account });
    },
    end(reason?: SignOutReason) {
      accessToken = null;
      set(reason ? { status: 'signed-out', reason } : { status: 'signed-out' });
    },
    /** Back to the state of a fresh page load; for tests. */
    reset() {
      accessToken = null;
      set({ status: 'restoring' });
    },
  };
}

export const sessionStore = createSessionStore();
