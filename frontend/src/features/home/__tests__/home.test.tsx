import { screen, within } from '@testing-library/react';
import { http, HttpResponse } from 'msw';
import { sessionStore } from '@/lib/session/session-store';
import { anAccount, aSession } from '@/testing/fixtures';
import { renderWithProviders } from '@/testing/render';
import { apiUrl, problem, server } from '@/testing/server';
import { HomePage } from '../routes/HomePage';

const account = anAccount({ displayName: 'Dr. Maya Chen', email: 'maya@example.org', roles: ['ATTENDEE', 'ORGANIZER'] });

describe('Home', () => {
  beforeEach(() => {
    sessionStore.start(aSession(account));
  });

  it('welcomes the user and shows their account as the server has it', async () => {
    server.use(http.get(apiUrl('/api/v1/me'), () => HttpResponse.json(account)));
    renderWithProviders(<HomePage />);

    expect(screen.getByRole('heading', { level: 1, name: 'Welcome, Dr. Maya Chen' })).toBeInTheDocument();
    await screen.findByRole('heading', { level: 2, name: 'Your account' });
    const card = screen.getByRole('region', { name: 'Your account' });
    expect(within(card).getByText('maya@example.org')).toBeInTheDocument();
    const roles = within(card).getByRole('list', { name: 'Roles' });
    expect(within(roles).getAllByRole('listitem').map((item) => item.textContent)).toEqual(['Attendee', 'Organizer']);
    expect(screen.getByRole('heading', { name: 'What Rounds will help you do' })).toBeInTheDocument();
  });

  it('offers a retry when the account cannot be loaded', async () => {
    server.use(http.get(apiUrl('/api/v1/me'), () => problem(404, { title: 'Not Found' })));
    renderWithProviders(<HomePage />);

    expect(await screen.findByRole('alert')).toHaveTextContent('We could not load your account');
    expect(screen.getByRole('button', { name: 'Try again' })).toBeInTheDocument();
  });
});
