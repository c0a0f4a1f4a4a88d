import { screen } from '@testing-library/react';
import { http, HttpResponse } from 'msw';
import { anAccount, aSession } from '@/testing/fixtures';
import { apiUrl, problem, server } from '@/testing/server';
import { renderApp } from './render-app';

describe('Unknown routes', () => {
  it('show a friendly page-not-found to a signed-out visitor', async () => {
    server.use(http.post(apiUrl('/api/v1/auth/refresh'), () => problem(401, { title: 'Unauthorized' })));
    renderApp({ route: '/no/such/page' });

    expect(await screen.findByRole('heading', { level: 1, name: 'Page not found' })).toBeInTheDocument();
    expect(screen.getByText('/no/such/page')).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Go to home' })).toHaveAttribute('href', '/');
    expect(document.title).toBe('Page not found · Rounds');
  });

  it('keep a signed-in user inside the shell', () => {
    server.use(http.get(apiUrl('/api/v1/me'), () => HttpResponse.json(anAccount())));
    renderApp({ route: '/events-from-the-future', session: aSession() });

    expect(screen.getByRole('heading', { level: 1, name: 'Page not found' })).toBeInTheDocument();
    expect(screen.getByRole('navigation', { name: 'Main' })).toBeInTheDocument();
  });
});
