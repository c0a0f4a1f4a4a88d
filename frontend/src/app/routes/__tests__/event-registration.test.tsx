import { screen, waitFor, within } from '@testing-library/react';
import { http, HttpResponse } from 'msw';
import { Route, Routes } from 'react-router';
import type { Registration, RoundsEvent, Ticket } from '@/lib/api/types';
import { anEvent, aRegistration, aTicket } from '@/testing/fixtures';
import { renderWithProviders } from '@/testing/render';
import { apiUrl, problem, server } from '@/testing/server';
import { EventPage } from '../EventPage';

/** Serves the event, the caller's tickets (their registration, if any) and records registrations sent. */
function serveEvent(event: RoundsEvent, mine?: Registration) {
  const sent: string[] = [];
  const tickets: Ticket[] = mine ? [{ event, registration: mine }] : [];
  server.use(
    http.get(apiUrl('/api/v1/events/:eventId'), () => HttpResponse.json(event)),
    http.get(apiUrl('/api/v1/me/registrations'), () => HttpResponse.json({ items: tickets })),
    http.post(apiUrl('/api/v1/events/:eventId/registrations'), ({ request }) => {
      sent.push(request.method);
      const seat = event.seatsLeft > 0;
      return HttpResponse.json(
        aRegistration({
          eventId: event.id,
          status: seat ? 'REGISTERED' : 'WAITLISTED',
          ...(seat ? { ticketToken: 'tk_abcdefgh12345678' } : { waitlistPosition: event.waitlistCount + 1 }),
        }),
        { status: 201 },
      );
    }),
  );
  return sent;
}

function renderEventPage(event: RoundsEvent) {
  return renderWithProviders(
    <Routes>
      <Route path="/events/:eventId" element={<EventPage />} />
    </Routes>,
    { route: `/events/${event.id}` },
  );
}

async function findPanel() {
  return within(await screen.findByRole('region', { name: 'Your place' }));
}

describe('Event page', () => {
  it('shows the event in its own time zone with seats and the waitlist', async () => {
    const event = anEvent({
      timeZone: 'America/Los_Angeles',
      startsAt: '2030-06-05T18:30:00-07:00',
      endsAt: '2030-06-05T21:00:00-07:00',
      seatsLeft: 0,
      registeredCount: 40,
      waitlistCount: 2,
    });
    serveEvent(event);
    renderEventPage(event);

    expect(await screen.findByRole('heading', { level: 1, name: event.title })).toBeInTheDocument();
    expect(screen.getByText('Wed, Jun 5, 2030, 6:30 – 9:00 PM PDT')).toBeInTheDocument();
    expect(screen.getByText('Local time in America/Los Angeles')).toBeInTheDocument();
    expect(screen.getByText('Full: all 40 seats taken')).toBeInTheDocument();
    expect(screen.getByText('2 people on the waitlist')).toBeInTheDocument();
  });

  it('registers with one press, says so and moves focus to the news', async () => {
    const event = anEvent();
    const sent = serveEvent(event);
    const { user } = renderEventPage(event);

    const place = await findPanel();
    await user.click(await place.findByRole('button', { name: 'Register' }));

    const news = await place.findByText('You’re registered');
    expect(sent).toEqual(['POST']);
    expect(place.getByRole('link', { name: 'My tickets' })).toHaveAttribute('href', '/tickets');
    await waitFor(() => {
      expect(news.closest('[tabindex="-1"]')).toHaveFocus();
    });
    expect(place.getByRole('button', { name: 'Cancel registration' })).toBeInTheDocument();
  });

  it('offers the waitlist when the event is full, and gives the place in line', async () => {
    const event = anEvent({ seatsLeft: 0, registeredCount: 40, waitlistCount: 3 });
    serveEvent(event);
    const { user } = renderEventPage(event);

    const place = await findPanel();
    await user.click(await place.findByRole('button', { name: 'Join the waitlist' }));

    expect(await place.findByText('You’re #4 on the waitlist')).toBeInTheDocument();
    expect(place.getByRole('button', { name: 'Leave the waitlist' })).toBeInTheDocument();
  });

  it('shows an existing registration and an existing place on the waitlist', async () => {
    const event = anEvent();
    serveEvent(event, aRegistration({ eventId: event.id, status: 'WAITLISTED', waitlistPosition: 2 }));
    renderEventPage(event);

    const place = await findPanel();
    expect(await place.findByText('You’re #2 on the waitlist')).toBeInTheDocument();
    expect(place.queryByRole('button', { name: 'Register' })).not.toBeInTheDocument();
  });

  it('disables registering, with the reason, once registration has closed', async () => {
    const event = anEvent({
      registrationOpen: false,
      registrationOpensAt: '2019-12-01T00:00:00Z',
      registrationClosesAt: '2020-01-01T00:00:00Z',
    });
    serveEvent(event);
    renderEventPage(event);

    const place = await findPanel();
    const button = await place.findByRole('button', { name: 'Register' });
    expect(button).toBeDisabled();
    expect(button).toHaveAccessibleDescription('Registration for this event has closed.');
  });

  it('disables registering for a cancelled event', async () => {
    const event = anEvent({ status: 'CANCELLED', registrationOpen: false });
    serveEvent(event);
    renderEventPage(event);

    const place = await findPanel();
    const button = await place.findByRole('button', { name: 'Register' });
    expect(button).toBeDisabled();
    expect(button).toHaveAccessibleDescription('This event has been cancelled.');
    expect(screen.getByText('Cancelled')).toBeInTheDocument();
  });

  it('cancels a registration only after confirming', async () => {
    const event = anEvent();
    const mine = aRegistration({ eventId: event.id, status: 'REGISTERED' });
    serveEvent(event, mine);
    let deleted: string | undefined;
    server.use(
      http.delete(apiUrl('/api/v1/events/:eventId/registrations/:registrationId'), ({ params }) => {
        deleted = String(params.registrationId);
        server.use(http.get(apiUrl('/api/v1/me/registrations'), () => HttpResponse.json({ items: [] })));
        return HttpResponse.json({ ...mine, status: 'CANCELLED' });
      }),
    );
    const { user } = renderEventPage(event);

    const place = await findPanel();
    await user.click(await place.findByRole('button', { name: 'Cancel registration' }));
    const dialog = screen.getByRole('dialog', { name: 'Cancel your registration?' });
    expect(within(dialog).getByRole('button', { name: 'Keep my seat' })).toHaveFocus();
    await user.click(within(dialog).getByRole('button', { name: 'Cancel registration' }));

    expect(await place.findByText('Your registration has been cancelled.')).toBeInTheDocument();
    expect(deleted).toBe(mine.id);
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
    expect(place.getByRole('button', { name: 'Register' })).toBeEnabled();
  });

  it('says why the server refused a registration', async () => {
    const event = anEvent();
    serveEvent(event);
    server.use(
      http.post(apiUrl('/api/v1/events/:eventId/registrations'), () =>
        problem(409, { title: 'Conflict', detail: 'Registration for this event has closed' }),
      ),
    );
    const { user } = renderEventPage(event);

    const place = await findPanel();
    await user.click(await place.findByRole('button', { name: 'Register' }));

    expect(await place.findByRole('alert')).toHaveTextContent('Registration for this event has closed');
  });

  it('says so when the event does not exist', async () => {
    const event = anEvent();
    server.use(http.get(apiUrl('/api/v1/events/:eventId'), () => problem(404, { title: 'Not Found' })));
    renderEventPage(event);

    expect(await screen.findByRole('heading', { level: 1, name: 'Event not found' })).toBeInTheDocument();
  });

  it('finds the caller’s ticket on a later page of their registrations', async () => {
    const event = anEvent();
    server.use(
      http.get(apiUrl('/api/v1/events/:eventId'), () => HttpResponse.json(event)),
      http.get(apiUrl('/api/v1/me/registrations'), ({ request }) =>
        new URL(request.url).searchParams.get('cursor') === 'next'
          ? HttpResponse.json({ items: [aTicket(event)] })
          : HttpResponse.json({ items: [aTicket()], nextCursor: 'next' }),
      ),
    );
    renderEventPage(event);

    const place = await findPanel();
    expect(await place.findByText('You’re registered')).toBeInTheDocument();
  });
});
