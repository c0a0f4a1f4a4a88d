import { http, HttpResponse } from 'msw';
import { setupServer } from 'msw/node';
import type { FieldError } from '@/lib/api/api-error';

/**
 * The one mock API; each test file adds the handlers for its feature with server.use(...). The
 * signed-in shell always asks for notifications, the home page (where every sign-in lands) for
 * what is due and what waits for an answer, and a connection's page for its referral log: by
 * default there are none of each.
 */
export const server = setupServer(
  http.get(`${window.location.origin}/api/v1/me/notifications`, () => HttpResponse.json({ items: [], unreadCount: 0 })),
  http.get(`${window.location.origin}/api/v1/follow-ups`, () => HttpResponse.json({ items: [] })),
  http.get(`${window.location.origin}/api/v1/introductions`, () => HttpResponse.json({ items: [] })),
  http.get(`${window.location.origin}/api/v1/connections/:connectionId/referral-reports`, () =>
    HttpResponse.json({ items: [], procedureTags: [] }),
  ),
);

/** Absolute URL of an API path on the test page's origin, for msw handlers. */
export function apiUrl(path: `/api/v1/${string}`): string {
  return `${window.location.origin}${path}`;
}

interface ProblemInit {
  title: string;
  detail?: string;
  errors?: FieldError[];
  headers?: Record<string, string>;
}

/** An RFC 9457 problem+json response, shaped like the server's. */
export function problem(status: number, { title, detail, errors, headers }: ProblemInit) {
  return HttpResponse.json(
    { type: 'about:blank', title, status, detail, instance: '/test', requestId: 'test-request', errors },
    { status, headers: { 'Content-Type': 'application/problem+json', ...headers } },
  );
}
