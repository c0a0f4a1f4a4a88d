import { screen, waitFor } from '@testing-library/react';
import { http, HttpResponse } from 'msw';
import { sessionStore } from '@/lib/session/session-store';
import { anAccount, aSession } from '@/testing/fixtures';
import { renderWithProviders } from '@/testing/render';
import { apiUrl, problem, server } from '@/testing/server';
import { LoginPage } from '../routes/LoginPage';

async function signIn(user: ReturnType<typeof renderWithProviders>['user'], email: string, password: string) {
  await user.type(screen.getByRole('textbox', { name: 'Email' }), email);
  await user.type(screen.getByLabelText('Password'), password);
  await user.click(screen.getByRole('button', { name: 'Sign in' }));
}

describe('Sign-in', () => {
  it('asks for both fields before sending anything', async () => {
    const { user } = renderWithProviders(<LoginPage />);

    await user.click(screen.getByRole('button', { name: 'Sign in' }));

    const summary = screen.getByRole('alert');
    expect(summary).toHaveTextContent('Enter your email address.');
    expect(summary).toHaveTextContent('Enter your password.');
    expect(screen.getByRole('textbox', { name: 'Email' })).toHaveFocus();
  });

  it('says the credentials are wrong without saying which one', async () => {
    server.use(http.post(apiUrl('/api/v1/auth/login'), () => problem(401, { title: 'Unauthorized' })));
    const { user } = renderWithProviders(<LoginPage />);

    await signIn(user, 'maya@example.org', 'not-my-password');

    expect(await screen.findByRole('alert')).toHaveTextContent('Email or password is incorrect.');
    expect(sessionStore.getState().status).not.toBe('signed-in');
  });

  it('tells a throttled user how long to wait', async () => {
    server.use(
      http.post(apiUrl('/api/v1/auth/login'), () =>
        problem(429, { title: 'Too Many Requests', headers: { 'Retry-After': '120' } }),
      ),
    );
    const { user } = renderWithProviders(<LoginPage />);

    await signIn(user, 'maya@example.org', 'not-my-password');

    expect(await screen.findByRole('alert')).toHaveTextContent(
      'Too many sign-in attempts. Please try again in 2 minutes.',
    );
  });

  it('reports a server that cannot be reached', async () => {
    server.use(http.post(apiUrl('/api/v1/auth/login'), () => HttpResponse.error()));
    const { user } = renderWithProviders(<LoginPage />);

    await signIn(user, 'maya@example.org', 'my-long-password');

    expect(await screen.findByRole('alert')).toHaveTextContent('We could not reach Rounds.');
  });

  it('starts the session on success', async () => {
    const account = anAccount();
    server.use(http.post(apiUrl('/api/v1/auth/login'), () => HttpResponse.json(aSession(account))));
    const { user } = renderWithProviders(<LoginPage />);

    await signIn(user, account.email, 'my-long-password');

    await waitFor(() => {
      expect(sessionStore.getState()).toEqual({ status: 'signed-in', account });
    });
  });
});
