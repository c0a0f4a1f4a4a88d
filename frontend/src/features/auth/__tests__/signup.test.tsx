import { screen, waitFor } from '@testing-library/react';
import { delay, http, HttpResponse } from 'msw';
import type { SignupRequest } from '@/lib/api/types';
import { sessionStore } from '@/lib/session/session-store';
import { anAccount, aSession } from '@/testing/fixtures';
import { renderWithProviders } from '@/testing/render';
import { apiUrl, problem, server } from '@/testing/server';
import { SignupPage } from '../routes/SignupPage';

function fields() {
  return {
    name: screen.getByRole('textbox', { name: 'Full name' }),
    email: screen.getByRole('textbox', { name: 'Email' }),
    password: screen.getByLabelText('Password'),
    submit: screen.getByRole('button', { name: 'Create account' }),
  };
}

describe('Sign-up', () => {
  it('explains each problem next to its field and in a summary, without calling the server', async () => {
    let called = false;
    server.use(
      http.post(apiUrl('/api/v1/auth/signup'), () => {
        called = true;
        return HttpResponse.json(aSession(), { status: 201 });
      }),
    );
    const { user } = renderWithProviders(<SignupPage />);
    const { name, email, password, submit } = fields();

    await user.type(email, 'not-an-email');
    await user.type(password, 'too-short');
    await user.click(submit);

    const summary = screen.getByRole('alert');
    expect(summary).toHaveTextContent('Enter your name as colleagues know you.');
    expect(summary).toHaveTextContent('Enter an email address like name@clinic.org.');
    expect(summary).toHaveTextContent('Use at least 12 characters for your password.');
    expect(name).toHaveAccessibleDescription(/Enter your name as colleagues know you\./);
    expect(name).toBeInvalid();
    expect(email).toHaveAccessibleDescription('Enter an email address like name@clinic.org.');
    expect(password).toHaveAccessibleDescription(/Use at least 12 characters for your password\./);
    expect(name).toHaveFocus();
    expect(called).toBe(false);
  });

  it('clears an error as soon as the field is corrected', async () => {
    const { user } = renderWithProviders(<SignupPage />);
    const { name, submit } = fields();

    await user.click(submit);
    expect(name).toBeInvalid();
    await user.type(name, 'Dr. Maya Chen');

    expect(name).toBeValid();
    expect(screen.getByRole('alert')).not.toHaveTextContent('Enter your name');
  });

  it('shows the server’s field errors next to the fields they concern', async () => {
    server.use(
      http.post(apiUrl('/api/v1/auth/signup'), () =>
        problem(400, {
          title: 'Constraint Violation',
          errors: [{ field: 'signup.request.email', message: 'This email domain is not accepted.' }],
        }),
      ),
    );
    const { user } = renderWithProviders(<SignupPage />);
    const { name, email, password, submit } = fields();

    await user.type(name, 'Dr. Maya Chen');
    await user.type(email, 'maya@example.org');
    await user.type(password, 'a-long-enough-password');
    await user.click(submit);

    expect(await screen.findByRole('alert')).toHaveTextContent('This email domain is not accepted.');
    expect(email).toHaveAccessibleDescription('This email domain is not accepted.');
    expect(email).toHaveFocus();
  });

  it('says so when the email already has an account', async () => {
    server.use(
      http.post(apiUrl('/api/v1/auth/signup'), () => problem(409, { title: 'Conflict', detail: 'Email taken' })),
    );
    const { user } = renderWithProviders(<SignupPage />);
    const { name, email, password, submit } = fields();

    await user.type(name, 'Dr. Maya Chen');
    await user.type(email, 'maya@example.org');
    await user.type(password, 'a-long-enough-password');
    await user.click(submit);

    expect(await screen.findByRole('alert')).toHaveTextContent('An account with this email already exists.');
    expect(email).toHaveAccessibleDescription(/already exists/);
  });

  it('shows progress while sending, then starts the session with the new account', async () => {
    const account = anAccount({ displayName: 'Dr. Maya Chen', email: 'maya@example.org' });
    let sent: SignupRequest | undefined;
    server.use(
      http.post(apiUrl('/api/v1/auth/signup'), async ({ request }) => {
        sent = (await request.json()) as SignupRequest;
        await delay(50);
        return HttpResponse.json(aSession(account), { status: 201 });
      }),
    );
    const { user } = renderWithProviders(<SignupPage />);
    const { name, email, password, submit } = fields();

    await user.type(name, '  Dr. Maya Chen ');
    await user.type(email, 'maya@example.org');
    await user.type(password, 'a-long-enough-password');
    await user.click(submit);

    expect(screen.getByRole('button', { name: 'Creating your account…' })).toHaveAttribute('aria-busy', 'true');
    await waitFor(() => {
      expect(sessionStore.getState()).toEqual({ status: 'signed-in', account });
    });
    expect(sent).toEqual({ displayName: 'Dr. Maya Chen', email: 'maya@example.org', password: 'a-long-enough-password' });
  });
});
