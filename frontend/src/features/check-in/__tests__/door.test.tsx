import { screen } from '@testing-library/react';
import { http, HttpResponse } from 'msw';
import { Route, Routes } from 'react-router';
import type { CheckInRequest, Registration } from '@/lib/api/types';
import { anEvent, aRegistration } from '@/testing/fixtures';
import { renderWithProviders } from '@/testing/render';
import { apiUrl, problem, server } from '@/testing/server';
import { DoorPage } from '../routes/DoorPage';

const event = anEvent({ title: 'Boston Retina Night' });

/** A door for one registered guest; the server remembers whether they are in, as the real one does. */
function serveDoor(guest: Registration) {
  let current = guest;
  const sent: CheckInRequest[] = [];
  server.use(
    http.get(apiUrl('/api/v1/events/:eventId'), () => HttpResponse.json(event)),
    http.get(apiUrl('/api/v1/events/:eventId/registrations'), ({ request }) => {
      const q = new URL(request.url).searchParams.get('q') ?? '';
      const matches = current.attendeeName.toLowerCase().includes(q.toLowerCase());
      return HttpResponse.json({ items: matches ? [current] : [] });
    }),
    http.post(apiUrl('/api/v1/events/:eventId/check-ins'), async ({ request }) => {
      const body = (await request.json()) as CheckInRequest;
      sent.push(body);
      if (
        (body.ticketToken && body.ticketToken !== current.ticketToken) ||
        (body.ticketCode && body.ticketCode !== current.ticketCode?.replace('-', ''))
      ) {
        return problem(404, { title: 'Not Found', detail: 'Ticket for this event not found' });
      }
      const alreadyCheckedIn = current.status === 'CHECKED_IN';
      current = { ...current, status: 'CHECKED_IN', checkedInAt: current.checkedInAt ?? '2030-06-05T22:41:00Z' };
      return HttpResponse.json({ registration: current, alreadyCheckedIn });
    }),
  );
  return sent;
}

function renderDoor() {
  return renderWithProviders(
    <Routes>
      <Route path="/organizer/events/:eventId/door" element={<DoorPage />} />
    </Routes>,
    { route: `/organizer/events/${event.id}/door` },
  );
}

function result() {
  return screen.getByRole('status', { name: 'Check-in result' });
}

describe('Door check-in', () => {
  it('checks a guest in by name, and says so again, differently, the second time', async () => {
    const guest = aRegistration({
      eventId: event.id,
      attendeeName: 'Dr. Omar Haddad',
      ticketToken: 'tk_omar_12345678',
    });
    const sent = serveDoor(guest);
    const { user } = renderDoor();

    await user.type(await screen.findByRole('searchbox', { name: 'Name' }), 'hadd');
    await user.click(await screen.findByRole('button', { name: 'Check in Dr. Omar Haddad' }));

    expect(await screen.findByText('Checked in: Dr. Omar Haddad')).toBeInTheDocument();
    expect(result()).toHaveTextContent('Checked in: Dr. Omar Haddad');
    expect(sent).toEqual([{ registrationId: guest.id }]);

    await user.click(await screen.findByRole('button', { name: 'Check in Dr. Omar Haddad' }));

    expect(await screen.findByText('Already checked in: Dr. Omar Haddad')).toBeInTheDocument();
    expect(result()).toHaveTextContent(/First checked in at/);
  });

  it('checks in by the ticket code typed from the ticket', async () => {
    const guest = aRegistration({ eventId: event.id, attendeeName: 'Dr. Lena Park', ticketCode: '7K3QD-9XWMB' });
    const sent = serveDoor(guest);
    const { user } = renderDoor();

    await user.type(await screen.findByRole('textbox', { name: 'Code' }), '7K3QD 9XWMB');
    await user.click(screen.getByRole('button', { name: 'Check in ticket' }));

    expect(await screen.findByText('Checked in: Dr. Lena Park')).toBeInTheDocument();
    expect(sent).toEqual([{ ticketCode: '7K3QD9XWMB' }]);
  });

  it('says clearly when a ticket is not for this event', async () => {
    serveDoor(aRegistration({ eventId: event.id, ticketCode: '7K3QD-9XWMB' }));
    const { user } = renderDoor();

    await user.type(await screen.findByRole('textbox', { name: 'Code' }), 'AAAAA-BBBBB');
    await user.click(screen.getByRole('button', { name: 'Check in ticket' }));

    expect(await screen.findByText('Not checked in')).toBeInTheDocument();
    expect(result()).toHaveTextContent('No ticket with this code for this event.');
  });

  it('does not offer check-in for someone on the waitlist', async () => {
    serveDoor(
      aRegistration({ eventId: event.id, attendeeName: 'Dr. Ben Ito', status: 'WAITLISTED', waitlistPosition: 1 }),
    );
    const { user } = renderDoor();

    await user.type(await screen.findByRole('searchbox', { name: 'Name' }), 'ito');

    expect(await screen.findByText('On the waitlist: no seat')).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: /Check in Dr\. Ben Ito/ })).not.toBeInTheDocument();
  });

  it('keeps check-in closed until the event is published', async () => {
    server.use(http.get(apiUrl('/api/v1/events/:eventId'), () => HttpResponse.json({ ...event, status: 'DRAFT' })));
    renderDoor();

    expect(await screen.findByText('Check-in is closed')).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Scan tickets with the camera' })).not.toBeInTheDocument();
  });
});
