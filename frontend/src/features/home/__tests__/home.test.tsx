import { screen, within } from '@testing-library/react';
import { http, HttpResponse } from 'msw';
import { sessionStore } from '@/lib/session/session-store';
import { aFollowUp, anAccount, anIntroduction, aSession } from '@/testing/fixtures';
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
  });

  it('shows what is due, overdue first, and the introductions waiting for an answer', async () => {
    server.use(
      http.get(apiUrl('/api/v1/me'), () => HttpResponse.json(account)),
      http.get(apiUrl('/api/v1/follow-ups'), ({ request }) => {
        expect(new URL(request.url).searchParams.get('status')).toBe('OPEN');
        return HttpResponse.json({ items: [aFollowUp({ label: 'Call', overdue: true })] });
      }),
      http.get(apiUrl('/api/v1/introductions'), () => HttpResponse.json({ items: [anIntroduction()] })),
    );
    renderWithProviders(<HomePage />);

    const due = await screen.findByRole('list', { name: 'Follow-ups due soon' });
    expect(within(due).getByText('Overdue')).toBeInTheDocument();
    expect(within(due).getByText(/Call · Dr. Dana Reyes/)).toBeInTheDocument();
    const waiting = await screen.findByRole('list', { name: 'Introductions waiting for your answer' });
    expect(within(waiting).getByText('Dr. Dana Reyes · Baltimore Eye & Vision Evening')).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'See this week' })).toHaveAttribute('href', '/this-week');
  });

  it('says when nothing is due and nobody waits', async () => {
    server.use(http.get(apiUrl('/api/v1/me'), () => HttpResponse.json(account)));
    renderWithProviders(<HomePage />);

    expect(await screen.findByText('Nothing due in the next three days.')).toBeInTheDocument();
    expect(await screen.findByText('No introductions wait for you.')).toBeInTheDocument();
  });

  it('offers a retry when the account cannot be loaded', async () => {
    server.use(http.get(apiUrl('/api/v1/me'), () => problem(404, { title: 'Not Found' })));
    renderWithProviders(<HomePage />);

    expect(await screen.findByRole('alert')).toHaveTextContent('We could not load your account');
    expect(screen.getByRole('button', { name: 'Try again' })).toBeInTheDocument();
  });
});
