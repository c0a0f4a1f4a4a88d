import createClient, { type Middleware } from 'openapi-fetch';
import { sessionStore } from '@/lib/session/session-store';
import { ApiError, toApiError } from './api-error';
import type { paths } from './schema';
import type { SessionResponse } from './types';

/**
 * The one API client. Calls go same-origin to /api/v1 (Quarkus serves the SPA, or Vite proxies);
 * the base URL is absolute only because Request needs one outside a browser page.
 */
export const api = createClient<paths>({
  baseUrl: globalThis.location.origin,
  // Resolved on every call, so a fetch replaced after start-up (tests, devtools) is honoured.
  fetch: (request) => globalThis.fetch(request),
});

/**
 * Endpoints under /auth/ authenticate by credentials or the HttpOnly refresh cookie, never by
 * bearer: an expired token sent to /auth/refresh would make the server refuse the very call
 * that replaces it, and a 401 from /auth/login means wrong password, not "refresh and retry".
 */
function isAuthEndpoint(schemaPath: string): boolean {
  return schemaPath.startsWith('/api/v1/auth/');
}

/** Untouched copies of requests in flight, so a request can be sent again after a refresh. */
const replayable = new Map<string, Request>();

const bearerAuth: Middleware = {
  onRequest({ request, schemaPath, id }) {
    if (isAuthEndpoint(schemaPath)) return undefined;
    const token = sessionStore.getAccessToken();
    if (token) request.headers.set('Authorization', `Bearer ${token}`);
    replayable.set(id, request.clone());
    return request;
  },
  async onResponse({ response, id, options }) {
    const original = replayable.get(id);
    replayable.delete(id);
    if (response.status !== 401 || !original) return undefined;
    const session = await refreshSession();
    if (!session) return undefined;
    const retry = new Request(original);
    retry.headers.set('Authorization', `Bearer ${session.accessToken}`);
    return options.fetch(retry);
  },
  onError({ id }) {
    replayable.delete(id);
  },
};

const problemDetails: Middleware = {
  async onResponse({ response }) {
    if (!response.ok) throw await toApiError(response);
    return undefined;
  },
};

// openapi-fetch runs onResponse in reverse order of registration: bearerAuth sees a 401 (and
// may replace it with the retried response) before problemDetails turns failures into errors.
api.use(problemDetails, bearerAuth);

let refreshing: Promise<SessionResponse | null> | null = null;

/**
 * Trades the refresh cookie for a new access token and starts the session with it. Resolves to
 * null, and ends the session, when the server says there is no valid cookie (401). Concurrent
 * callers share one request, since the server rotates the cookie on every use.
 */
export function refreshSession(): Promise<SessionResponse | null> {
  refreshing ??= requestRefresh().finally(() => {
    refreshing = null;
  });
  return refreshing;
}

/**
 * Tabs of one browser share the cookie, and the server ends the whole login when it sees a rotated
 * cookie again, so tabs take turns (Web Locks): a tab that waited sends the cookie the last one set.
 */
async function postRefresh() {
  const send = () => api.POST('/api/v1/auth/refresh');
  return 'locks' in navigator ? navigator.locks.request('rounds-session-refresh', send) : send();
}

async function requestRefresh(): Promise<SessionResponse | null> {
  try {
    const session = bodyOf(await postRefresh());
    sessionStore.start(session);
    return session;
  } catch (error) {
    if (error instanceof ApiError && error.status === 401) {
      const wasSignedIn = sessionStore.getState().status === 'signed-in';
      sessionStore.end(wasSignedIn ? 'expired' : undefined);
      return null;
    }
    throw error;
  }
}

/** The body of a successful call; failures have already been thrown as ApiError by the middleware. */
export function bodyOf<T>(result: { data?: T; response: Response }): T {
  if (result.data === undefined) {
    throw new Error(`Expected a body from ${result.response.url} (HTTP ${result.response.status})`);
  }
  return result.data;
}
