import { screen, waitFor, within } from '@testing-library/react';
import { http, HttpResponse } from 'msw';
import type { AccountRoles, Role } from '@/lib/api/types';
import { sessionStore } from '@/lib/session/session-store';
import { anAccount, aRegistration, aSession } from '@/testing/fixtures';
import { renderWithProviders } from '@/testing/render';
import { apiUrl, problem, server } from '@/testing/server';
import { OrganizersPage } from '../routes/OrganizersPage';

const me = anAccount({ displayName: 'Dr. Maya Chen', roles: ['ORGANIZER'] });
const colleague: AccountRoles = {
  id: 'c0c0c0c0-1111-4222-8333-444455556666',
  displayName: 'Dr. Omar Haddad',
  email: 'omar@example.org',
  roles: ['ATTENDEE', 'ORGANIZER'],
};
const newcomer: AccountRoles = { id: 'd1d1d1d1-1111-4222-8333-444455556666', displayName: 'Dr. Lena Park', roles: ['ATTENDEE'] };

/** Serves the organizers and the account lookup, and records every roles change. */
function serve() {
  let organizers: AccountRoles[] = [{ id: me.id, displayName: me.displayName, email: me.email, roles: ['ORGANIZER'] }, colleague];
  const changes: { accountId: string; roles: Role[] }[] = [];
  server.use(
    http.get(apiUrl('/api/v1/accounts'), ({ request }) => {
      const email = new URL(request.url).searchParams.get('email');
      if (email) return HttpResponse.json({ items: email === 'lena@example.org' ? [newcomer] : [] });
      return HttpResponse.json({ items: organizers });
    }),
    http.put(apiUrl('/api/v1/accounts/:accountId/roles'), async ({ params, request }) => {
      const { roles } = (await request.json()) as { roles: Role[] };
      const accountId = String(params.accountId);
      changes.push({ accountId, roles });
      if (accountId === me.id) return problem(409, { title: 'Conflict', detail: 'You are the last organizer; grant the role to someone else before removing your own' });
      const changed = { ...(accountId === newcomer.id ? newcomer : colleague), roles };
      organizers = roles.includes('ORGANIZER') ? [...organizers, changed] : organizers.filter((o) => o.id !== accountId);
      return HttpResponse.json(changed);
    }),
  );
  return changes;
}

function renderPage(route = '/organizer/organizers') {
  sessionStore.start(aSession(me));
  return renderWithProviders(<OrganizersPage />, { route });
}

describe('Organizers page', () => {
  it('lists the organizers and removes one after asking', async () => {
    const changes = serve();
    const { user } = renderPage();

    const table = await screen.findByRole('table', { name: 'Organizers' });
    expect(within(table).getByRole('rowheader', { name: 'Dr. Maya Chen (you)' })).toBeInTheDocument();
    await user.click(within(table).getByRole('button', { name: 'Remove the organizer role of Dr. Omar Haddad' }));
    const dialog = screen.getByRole('dialog', { name: 'Remove the organizer role of Dr. Omar Haddad?' });
    await user.click(within(dialog).getByRole('button', { name: 'Remove role' }));

    expect(changes).toEqual([{ accountId: colleague.id, roles: ['ATTENDEE'] }]);
    await waitFor(() => {
      expect(screen.getByRole('table', { name: 'Organizers' })).not.toHaveTextContent('Dr. Omar Haddad');
    });
  });

  it('tells the last organizer why their own role stays', async () => {
    serve();
    const { user } = renderPage();

    await user.click(await screen.findByRole('button', { name: 'Remove the organizer role of Dr. Maya Chen' }));
    const dialog = screen.getByRole('dialog', { name: 'Remove your own organizer role?' });
    await user.click(within(dialog).getByRole('button', { name: 'Remove role' }));

    expect(await within(dialog).findByText(/You are the last organizer/)).toBeInTheDocument();
  });

  it('grants the role by email, and says so when nobody has that address', async () => {
    const changes = serve();
    const { user } = renderPage();

    const email = await screen.findByRole('textbox', { name: 'Email' });
    await user.type(email, 'nobody@example.org');
    await user.click(screen.getByRole('button', { name: 'Grant organizer role' }));
    expect(await screen.findAllByText('Nobody has signed up with this address yet.')).not.toHaveLength(0);

    await user.clear(email);
    await user.type(email, 'lena@example.org');
    await user.click(screen.getByRole('button', { name: 'Grant organizer role' }));

    expect(await screen.findByText('Dr. Lena Park is now an organizer.')).toBeInTheDocument();
    expect(changes).toEqual([{ accountId: newcomer.id, roles: ['ATTENDEE', 'ORGANIZER'] }]);
  });

  it('grants the role from an event’s attendees', async () => {
    const changes = serve();
    const eventId = 'e0e0e0e0-1111-4222-8333-444455556666';
    server.use(
      http.get(apiUrl('/api/v1/events/:eventId/registrations'), () =>
        HttpResponse.json({
          items: [
            aRegistration({ eventId, attendeeId: newcomer.id, attendeeName: 'Dr. Lena Park', status: 'REGISTERED' }),
            aRegistration({ eventId, attendeeId: colleague.id, attendeeName: 'Dr. Omar Haddad', status: 'CHECKED_IN' }),
          ],
        }),
      ),
    );
    const { user } = renderPage(`/organizer/organizers?event=${eventId}`);

    const attendees = await screen.findByRole('table', { name: 'Attendees' });
    expect(within(within(attendees).getByRole('row', { name: /Dr. Omar Haddad/ })).getByText('Organizer')).toBeInTheDocument();
    await user.click(within(attendees).getByRole('button', { name: 'Make Dr. Lena Park an organizer' }));

    expect(await screen.findByText('Dr. Lena Park is now an organizer.')).toBeInTheDocument();
    expect(changes).toEqual([{ accountId: newcomer.id, roles: ['ATTENDEE', 'ORGANIZER'] }]);
  });
});
