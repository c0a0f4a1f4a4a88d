import { screen } from '@testing-library/react';
import { http, HttpResponse } from 'msw';
import { Route, Routes } from 'react-router';
import { sessionStore } from '@/lib/session/session-store';
import { anAccount, aSession } from '@/testing/fixtures';
import { renderWithProviders } from '@/testing/render';
import { apiUrl, problem, server } from '@/testing/server';
import { VerifyEmailBanner } from '../components/VerifyEmailBanner';
import { ForgotPasswordPage } from '../routes/ForgotPasswordPage';
import { ResetPasswordPage } from '../routes/ResetPasswordPage';
import { VerifyEmailPage } from '../routes/VerifyEmailPage';

const ANSWER = 'If an account uses this address, a link to choose a new password is on its way.';

describe('Forgot password', () => {
  it('checks the address before asking, then shows the one answer the server gives', async () => {
    let asked: unknown;
    server.use(
      http.post(apiUrl('/api/v1/auth/password-reset'), async ({ request }) => {
        asked = await request.json();
        return HttpResponse.json({ detail: ANSWER }, { status: 202 });
      }),
    );
    const { user } = renderWithProviders(<ForgotPasswordPage />);

    await user.click(screen.getByRole('button', { name: 'Send me a reset link' }));
    expect(screen.getByRole('alert')).toHaveTextContent('Enter your email address.');
    expect(screen.getByRole('textbox', { name: 'Email' })).toHaveFocus();

    await user.type(screen.getByRole('textbox', { name: 'Email' }), ' maya@example.org ');
    await user.click(screen.getByRole('button', { name: 'Send me a reset link' }));

    expect(await screen.findByRole('status')).toHaveTextContent(ANSWER);
    expect(asked).toEqual({ email: 'maya@example.org' });
  });
});

describe('Choosing a new password', () => {
  function renderReset() {
    return renderWithProviders(
      <Routes>
        <Route path="/reset-password" element={<ResetPasswordPage />} />
        <Route path="/login" element={<p>Sign-in page</p>} />
      </Routes>,
      { route: '/reset-password?token=abc' },
    );
  }

  it('asks for the same password twice, of the sign-up length, then sends it with the token', async () => {
    let sent: unknown;
    server.use(
      http.post(apiUrl('/api/v1/auth/password-reset/confirm'), async ({ request }) => {
        sent = await request.json();
        return new HttpResponse(null, { status: 204 });
      }),
    );
    const { user } = renderReset();

    await user.type(screen.getByLabelText('New password'), 'short');
    await user.click(screen.getByRole('button', { name: 'Set the new password' }));
    expect(screen.getByRole('alert')).toHaveTextContent('Use at least 12 characters');

    await user.clear(screen.getByLabelText('New password'));
    await user.type(screen.getByLabelText('New password'), 'a-long-new-passphrase');
    await user.type(screen.getByLabelText('New password again'), 'a-different-passphrase');
    await user.click(screen.getByRole('button', { name: 'Set the new password' }));
    expect(screen.getByRole('alert')).toHaveTextContent('The two passwords differ');

    await user.clear(screen.getByLabelText('New password again'));
    await user.type(screen.getByLabelText('New password again'), 'a-long-new-passphrase');
    await user.click(screen.getByRole('button', { name: 'Set the new password' }));

    expect(await screen.findByText('Sign-in page')).toBeInTheDocument();
    expect(sent).toEqual({ token: 'abc', newPassword: 'a-long-new-passphrase' });
  });

  it('says why a used link is refused', async () => {
    server.use(
      http.post(apiUrl('/api/v1/auth/password-reset/confirm'), () =>
        problem(400, {
          title: 'Invalid input',
          detail: 'This link was already used; ask for a new password reset mail',
          errors: [{ field: 'token', message: 'This link was already used; ask for a new password reset mail' }],
        }),
      ),
    );
    const { user } = renderReset();

    await user.type(screen.getByLabelText('New password'), 'a-long-new-passphrase');
    await user.type(screen.getByLabelText('New password again'), 'a-long-new-passphrase');
    await user.click(screen.getByRole('button', { name: 'Set the new password' }));

    expect(await screen.findByRole('alert')).toHaveTextContent('This link was already used');
  });
});

describe('Confirming the address', () => {
  it('confirms with the token of the link once and updates the signed-in account', async () => {
    sessionStore.start(aSession(anAccount({ emailVerified: false })));
    let confirmations = 0;
    server.use(
      http.post(apiUrl('/api/v1/auth/verify-email'), () => {
        confirmations += 1;
        return new HttpResponse(null, { status: 204 });
      }),
      http.get(apiUrl('/api/v1/me'), () => HttpResponse.json(anAccount({ emailVerified: true }))),
    );

    renderWithProviders(
      <>
        <VerifyEmailBanner />
        <VerifyEmailPage />
      </>,
      { route: '/verify-email?token=abc' },
    );
    expect(screen.getByRole('region', { name: 'Confirm your email address' })).toBeInTheDocument();

    expect(await screen.findByText('Your address is confirmed')).toBeInTheDocument();
    expect(screen.queryByRole('region', { name: 'Confirm your email address' })).not.toBeInTheDocument();
    expect(confirmations).toBe(1);
  });

  it('lets an unconfirmed account ask for the mail again', async () => {
    sessionStore.start(aSession(anAccount({ emailVerified: false })));
    server.use(http.post(apiUrl('/api/v1/me/email-verification'), () => new HttpResponse(null, { status: 202 })));
    const { user } = renderWithProviders(<VerifyEmailBanner />);

    await user.click(screen.getByRole('button', { name: 'Send the mail again' }));

    expect(await screen.findByRole('status')).toHaveTextContent('A new mail is on its way.');
  });
});
