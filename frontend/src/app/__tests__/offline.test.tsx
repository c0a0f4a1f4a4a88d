import { act, screen, waitFor } from '@testing-library/react';
import { http, HttpResponse } from 'msw';
import { OFFLINE } from '@/lib/api/error-message';
import { OFFLINE_CACHE } from '@/lib/offline/cache-names';
import { rememberAccount, rememberedAccount } from '@/lib/offline/offline-cache';
import { sessionStore } from '@/lib/session/session-store';
import { anAccount, aSession } from '@/testing/fixtures';
import { MemoryCacheStorage } from '@/testing/memory-cache-storage';
import { apiUrl, server } from '@/testing/server';
import { renderApp } from './render-app';

const attendee = anAccount({ displayName: 'Dr. Sam Okafor', roles: ['ATTENDEE'] });
let storage: MemoryCacheStorage;

function goOffline() {
  vi.spyOn(navigator, 'onLine', 'get').mockReturnValue(false);
  server.use(
    http.post(apiUrl('/api/v1/auth/refresh'), () => HttpResponse.error()),
    http.get(apiUrl('/api/v1/me/registrations'), () => HttpResponse.error()),
    http.get(apiUrl('/api/v1/me/notifications'), () => HttpResponse.error()),
  );
}

beforeEach(() => {
  storage = new MemoryCacheStorage();
  vi.stubGlobal('caches', storage);
});

afterEach(() => {
  vi.unstubAllGlobals();
  vi.restoreAllMocks();
});

describe('Without a connection', () => {
  it('opens as the account this device was signed in as, and says it is offline instead of blaming the server', async () => {
    await rememberAccount(attendee);
    goOffline();

    renderApp({ route: '/tickets' });

    expect(await screen.findByRole('heading', { level: 1, name: 'My tickets' })).toBeInTheDocument();
    expect(screen.getByRole('banner')).toHaveTextContent('Dr. Sam Okafor');
    expect(screen.getByText('You are offline. Your tickets still open; the rest waits for the connection.')).toBeVisible();
    expect(await screen.findByText(OFFLINE, {}, { timeout: 8000 })).toBeInTheDocument();
    expect(screen.queryByText(/problem reaching Rounds/)).not.toBeInTheDocument();
  });

  it('goes to sign in when no account was signed in on this device', async () => {
    goOffline();

    renderApp({ route: '/tickets' });

    expect(await screen.findByRole('heading', { level: 1, name: 'Sign in' })).toBeInTheDocument();
    expect(screen.getByText('You are offline. Signing in waits for the connection.')).toBeVisible();
  });

  it('restores the session once the connection is back', async () => {
    await rememberAccount(attendee);
    goOffline();
    renderApp({ route: '/tickets' });
    await screen.findByRole('heading', { level: 1, name: 'My tickets' });
    expect(sessionStore.getAccessToken()).toBeNull();

    server.use(http.post(apiUrl('/api/v1/auth/refresh'), () => HttpResponse.json(aSession(attendee, 'fresh-token'))));
    vi.spyOn(navigator, 'onLine', 'get').mockReturnValue(true);
    act(() => {
      window.dispatchEvent(new Event('online'));
    });

    await waitFor(() => {
      expect(sessionStore.getAccessToken()).toBe('fresh-token');
    });
    expect(screen.queryByText(/^You are offline/)).not.toBeInTheDocument();
  });
});

describe('What this device keeps for offline use', () => {
  it('is deleted when the account signs out', async () => {
    await rememberAccount(attendee);
    server.use(
      http.get(apiUrl('/api/v1/me'), () => HttpResponse.json(attendee)),
      http.post(apiUrl('/api/v1/auth/logout'), () => new HttpResponse(null, { status: 204 })),
    );
    const { user } = renderApp({ session: aSession(attendee) });
    await screen.findByRole('heading', { level: 1, name: 'Welcome, Dr. Sam Okafor' });

    await user.click(screen.getByRole('button', { name: 'Sign out' }));

    await screen.findByRole('heading', { level: 1, name: 'Sign in' });
    await waitFor(async () => {
      expect(await storage.has(OFFLINE_CACHE)).toBe(false);
    });
    expect(await rememberedAccount()).toBeUndefined();
  });
});
