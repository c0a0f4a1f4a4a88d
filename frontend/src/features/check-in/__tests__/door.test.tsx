import { screen, within } from '@testing-library/react';
import { http, HttpResponse } from 'msw';
import { Route, Routes } from 'react-router';
import type { CheckInRequest, Registration } from '@/lib/api/types';
import { anEvent, aRegistration } from '@/testing/fixtures';
import { renderWithProviders } from '@/testing/render';
import { apiUrl, problem, server } from '@/testing/server';
import { DOOR_REFRESH_MS } from '../api/get-check-in-summary';
import { DoorPage } from '../routes/DoorPage';

const event = anEvent({ title: 'Boston Retina Night' });

/** A door for one registered guest; the server remembers whether they are in, as the real one does. */
function serveDoor(guest: Registration) {
  let current = guest;
  const sent: CheckInRequest[] = [];
  server.use(
    http.get(apiUrl('/api/v1/events/:eventId'), () => HttpResponse.json(event)),
    http.get(apiUrl('/api/v1/events/:eventId/check-ins/summary'), () => {
      const arrived = current.status === 'CHECKED_IN';
      return HttpResponse.json({ registered: 1, arrived: arrived ? 1 : 0, latest: arrived ? [current] : [] });
    }),
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

  it('shows arrived of registered, and each check-in among the latest with photo, specialty and time', async () => {
    const guest = aRegistration({
      eventId: event.id,
      attendeeName: 'Dr. Omar Haddad',
      attendeeProfile: {
        specialty: { code: '207W00000X', name: 'Ophthalmology' },
        wantsReferred: [],
        refersOut: [],
        photoUrl: '/api/v1/attendees/a0000000-0000-4000-8000-000000000001/photo?v=one',
      },
    });
    serveDoor(guest);
    server.use(
      http.get(apiUrl('/api/v1/attendees/:attendeeId/photo'), () =>
        HttpResponse.arrayBuffer(new ArrayBuffer(4), { headers: { 'Content-Type': 'image/jpeg' } }),
      ),
    );
    const { user } = renderDoor();

    expect(await screen.findByText(/of 1 arrived/)).toHaveTextContent('0 of 1 arrived');
    expect(screen.getByText('Nobody has checked in yet.')).toBeInTheDocument();
    await user.type(await screen.findByRole('searchbox', { name: 'Name' }), 'hadd');
    const found = await screen.findByRole('list', { name: 'People found' });
    expect(within(found).getByText('Ophthalmology')).toBeInTheDocument();
    expect(await within(found).findByRole('img', { name: 'Photo of Dr. Omar Haddad' })).toBeInTheDocument();
    await user.click(within(found).getByRole('button', { name: 'Check in Dr. Omar Haddad' }));

    await vi.waitFor(() => {
      expect(screen.getByText(/of 1 arrived/)).toHaveTextContent('1 of 1 arrived');
    });
    const latest = await screen.findByRole('list', { name: 'Latest check-ins' });
    expect(within(latest).getByText('Dr. Omar Haddad')).toBeInTheDocument();
    expect(within(latest).getByText('Ophthalmology')).toBeInTheDocument();
    expect(within(latest).getByText(/^In at /)).toBeInTheDocument();
  });

  it('counts again by itself, so check-ins at another phone show up', async () => {
    vi.useFakeTimers({ shouldAdvanceTime: true });
    try {
      let arrived = 3;
      serveDoor(aRegistration({ eventId: event.id }));
      server.use(
        http.get(apiUrl('/api/v1/events/:eventId/check-ins/summary'), () =>
          HttpResponse.json({ registered: 40, arrived, latest: [] }),
        ),
      );
      renderDoor();
      expect(await screen.findByText(/of 40 arrived/)).toHaveTextContent('3 of 40 arrived');

      arrived = 4;
      await vi.advanceTimersByTimeAsync(DOOR_REFRESH_MS);

      await vi.waitFor(() => {
        expect(screen.getByText(/of 40 arrived/)).toHaveTextContent('4 of 40 arrived');
      });
    } finally {
      vi.useRealTimers();
    }
  });

  it('keeps check-in closed until the event is published', async () => {
    server.use(
      http.get(apiUrl('/api/v1/events/:eventId'), () => HttpResponse.json({ ...event, status: 'DRAFT' })),
      http.get(apiUrl('/api/v1/events/:eventId/check-ins/summary'), () =>
        HttpResponse.json({ registered: 0, arrived: 0, latest: [] }),
      ),
    );
    renderDoor();

    expect(await screen.findByText('Check-in is closed')).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Scan tickets with the camera' })).not.toBeInTheDocument();
  });
});
