import { http, HttpResponse } from 'msw';
import { ApiError } from '@/lib/api/api-error';
import { api, bodyOf, refreshSession } from '@/lib/api/client';
import { sessionStore } from '@/lib/session/session-store';
import { anAccount, aSession } from '@/testing/fixtures';
import { apiUrl, problem, server } from '@/testing/server';

const account = anAccount();

function getMe() {
  return api.GET('/api/v1/me').then(bodyOf);
}

describe('API client', () => {
  it('sends the in-memory access token as a bearer token', async () => {
    sessionStore.start(aSession(account, 'token-abc'));
    let authorization: string | null = null;
    server.use(
      http.get(apiUrl('/api/v1/me'), ({ request }) => {
        authorization = request.headers.get('Authorization');
        return HttpResponse.json(account);
      }),
    );

    await expect(getMe()).resolves.toEqual(account);
    expect(authorization).toBe('Bearer token-abc');
  });

  it('sends no bearer token to the auth endpoints, which rely on credentials or the refresh cookie', async () => {
    sessionStore.start(aSession(account, 'stale-token'));
    let authorization: string | null = 'not called';
    server.use(
      http.post(apiUrl('/api/v1/auth/refresh'), ({ request }) => {
        authorization = request.headers.get('Authorization');
        return HttpResponse.json(aSession(account, 'fresh-token'));
      }),
    );

    await refreshSession();
    expect(authorization).toBeNull();
  });

  it('refreshes once on a 401 and retries each request with the new token', async () => {
    sessionStore.start(aSession(account, 'expired-token'));
    let refreshes = 0;
    server.use(
      http.post(apiUrl('/api/v1/auth/refresh'), () => {
        refreshes += 1;
        return HttpResponse.json(aSession(account, 'fresh-token'));
      }),
      http.get(apiUrl('/api/v1/me'), ({ request }) =>
        request.headers.get('Authorization') === 'Bearer fresh-token'
          ? HttpResponse.json(account)
          : problem(401, { title: 'Unauthorized' }),
      ),
    );

    const results = await Promise.all([getMe(), getMe()]);

    expect(results).toEqual([account, account]);
    expect(refreshes).toBe(1);
    expect(sessionStore.getAccessToken()).toBe('fresh-token');
  });

  it('ends the session when the refresh cookie is no longer valid', async () => {
    sessionStore.start(aSession(account, 'expired-token'));
    server.use(
      http.post(apiUrl('/api/v1/auth/refresh'), () => problem(401, { title: 'Unauthorized' })),
      http.get(apiUrl('/api/v1/me'), () => problem(401, { title: 'Unauthorized' })),
    );

    await expect(getMe()).rejects.toMatchObject({ status: 401 });
    expect(sessionStore.getState()).toEqual({ status: 'signed-out', reason: 'expired' });
    expect(sessionStore.getAccessToken()).toBeNull();
  });

  it('does not treat a 401 from sign-in as an expired session', async () => {
    let refreshes = 0;
    server.use(
      http.post(apiUrl('/api/v1/auth/refresh'), () => {
        refreshes += 1;
        return problem(401, { title: 'Unauthorized' });
      }),
      http.post(apiUrl('/api/v1/auth/login'), () => problem(401, { title: 'Invalid credentials' })),
    );

    await expect(
      api.POST('/api/v1/auth/login', { body: { email: 'a@b.org', password: 'wrong-password' } }),
    ).rejects.toBeInstanceOf(ApiError);
    expect(refreshes).toBe(0);
  });

  it('turns a problem+json response into an ApiError with its field errors', async () => {
    server.use(
      http.post(apiUrl('/api/v1/auth/signup'), () =>
        problem(400, {
          title: 'Constraint Violation',
          detail: 'The request has 2 invalid fields.',
          errors: [
            { field: 'signup.request.email', message: 'must be a well-formed email address' },
            { field: 'password', message: 'size must be between 12 and 128' },
          ],
        }),
      ),
    );

    const error: unknown = await api
      .POST('/api/v1/auth/signup', { body: { email: 'x', password: 'short', displayName: 'X' } })
      .catch((thrown: unknown) => thrown);

    expect(error).toBeInstanceOf(ApiError);
    const apiError = error as ApiError;
    expect(apiError).toMatchObject({
      status: 400,
      title: 'Constraint Violation',
      detail: 'The request has 2 invalid fields.',
      requestId: 'test-request',
    });
    expect(apiError.errors).toEqual([
      { field: 'email', message: 'must be a well-formed email address' },
      { field: 'password', message: 'size must be between 12 and 128' },
    ]);
  });

  it('reads Retry-After from a throttled response', async () => {
    server.use(
      http.post(apiUrl('/api/v1/auth/login'), () =>
        problem(429, { title: 'Too Many Requests', headers: { 'Retry-After': '90' } }),
      ),
    );

    await expect(
      api.POST('/api/v1/auth/login', { body: { email: 'a@b.org', password: 'a-long-password' } }),
    ).rejects.toMatchObject({ status: 429, retryAfterSeconds: 90 });
  });

  it('still gives an ApiError when the failure has no problem body', async () => {
    sessionStore.start(aSession(account));
    server.use(
      http.get(apiUrl('/api/v1/me'), () => new HttpResponse('upstream down', { status: 502, statusText: 'Bad Gateway' })),
    );

    await expect(getMe()).rejects.toMatchObject({ status: 502, title: 'Bad Gateway', errors: [] });
  });
});
