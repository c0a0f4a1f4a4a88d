import { screen, within } from '@testing-library/react';
import { http, HttpResponse } from 'msw';
import { Route, Routes } from 'react-router';
import type { Registration, RoundsEvent, UpdateEventRequest, UpdateRegistrationRequest } from '@/lib/api/types';
import { anEvent, aRegistration } from '@/testing/fixtures';
import { renderWithProviders } from '@/testing/render';
import { apiUrl, server } from '@/testing/server';
import { EventRegistrationsPage } from '../EventRegistrationsPage';

function serveRegistrations(event: RoundsEvent, registrations: Registration[]) {
  const listed: URLSearchParams[] = [];
  const changes: { id: string; change: UpdateRegistrationRequest }[] = [];
  server.use(
    http.get(apiUrl('/api/v1/events/:eventId'), () => HttpResponse.json(event)),
    http.get(apiUrl('/api/v1/events/:eventId/registrations'), ({ request }) => {
      const query = new URL(request.url).searchParams;
      listed.push(query);
      const q = (query.get('q') ?? '').toLowerCase();
      const items = registrations.filter(
        (registration) =>
          registration.status === query.get('status') && registration.attendeeName.toLowerCase().includes(q),
      );
      return HttpResponse.json({ items });
    }),
    http.patch(apiUrl('/api/v1/events/:eventId/registrations/:registrationId'), async ({ request, params }) => {
      const change = (await request.json()) as UpdateRegistrationRequest;
      changes.push({ id: String(params.registrationId), change });
      const registration = registrations.find((candidate) => candidate.id === params.registrationId);
      return HttpResponse.json({ ...registration, status: change.status });
    }),
  );
  return { listed, changes };
}

function renderPage(event: RoundsEvent, query = '') {
  return renderWithProviders(
    <Routes>
      <Route path="/organizer/events/:eventId/registrations" element={<EventRegistrationsPage />} />
    </Routes>,
    { route: `/organizer/events/${event.id}/registrations${query}` },
  );
}

describe('Registrations', () => {
  it('lists the registered by default and searches by name', async () => {
    const event = anEvent();
    const { listed } = serveRegistrations(event, [
      aRegistration({ attendeeName: 'Dr. Ana Ruiz' }),
      aRegistration({ attendeeName: 'Dr. Sam Okafor' }),
    ]);
    const { user } = renderPage(event);

    const table = await screen.findByRole('table', { name: 'Registered' });
    expect(within(table).getAllByRole('row')).toHaveLength(3);

    await user.type(screen.getByRole('searchbox', { name: 'Name' }), 'okafor');
    await user.click(screen.getByRole('button', { name: 'Search' }));

    expect(await screen.findByRole('table', { name: 'Registered matching “okafor”' })).toBeInTheDocument();
    expect(screen.queryByText('Dr. Ana Ruiz')).not.toBeInTheDocument();
    expect(listed[listed.length - 1]?.get('q')).toBe('okafor');
  });

  it('moves someone off the waitlist when a seat is free', async () => {
    const event = anEvent({ seatsLeft: 1, waitlistCount: 1 });
    const waiting = aRegistration({ attendeeName: 'Dr. Lena Park', status: 'WAITLISTED', waitlistPosition: 1 });
    const { changes } = serveRegistrations(event, [waiting]);
    const { user } = renderPage(event, '?status=WAITLISTED');

    await user.click(await screen.findByRole('button', { name: 'Move off waitlist: Dr. Lena Park' }));

    expect(await screen.findByText('Dr. Lena Park moved off the waitlist and now has a seat.')).toBeInTheDocument();
    expect(changes).toEqual([{ id: waiting.id, change: { status: 'REGISTERED' } }]);
  });

  it('does not move anyone off the waitlist while every seat is taken', async () => {
    const event = anEvent({ seatsLeft: 0, registeredCount: 40, waitlistCount: 1 });
    serveRegistrations(event, [
      aRegistration({ attendeeName: 'Dr. Lena Park', status: 'WAITLISTED', waitlistPosition: 1 }),
    ]);
    renderPage(event, '?status=WAITLISTED');

    expect(await screen.findByRole('button', { name: 'Move off waitlist: Dr. Lena Park' })).toBeDisabled();
    expect(
      screen.getByText('Every seat is taken: raise the capacity to move people off the waitlist.'),
    ).toBeInTheDocument();
  });

  it('removes someone only after confirming', async () => {
    const event = anEvent();
    const guest = aRegistration({ attendeeName: 'Dr. Ana Ruiz' });
    const { changes } = serveRegistrations(event, [guest]);
    const { user } = renderPage(event);

    await user.click(await screen.findByRole('button', { name: 'Remove Dr. Ana Ruiz' }));
    const dialog = screen.getByRole('dialog', { name: 'Remove Dr. Ana Ruiz?' });
    expect(changes).toEqual([]);
    await user.click(within(dialog).getByRole('button', { name: 'Remove' }));

    expect(await screen.findByText('Dr. Ana Ruiz was removed and has been told.')).toBeInTheDocument();
    expect(changes).toEqual([{ id: guest.id, change: { status: 'CANCELLED' } }]);
  });

  it('raises the capacity, and refuses one below the registered count before asking the server', async () => {
    const event = anEvent({ capacity: 40, registeredCount: 40, seatsLeft: 0, waitlistCount: 2 });
    serveRegistrations(event, []);
    let sent: UpdateEventRequest | undefined;
    server.use(
      http.patch(apiUrl('/api/v1/events/:eventId'), async ({ request }) => {
        sent = (await request.json()) as UpdateEventRequest;
        return HttpResponse.json({ ...event, capacity: 42, registeredCount: 42, waitlistCount: 0, seatsLeft: 0 });
      }),
    );
    const { user } = renderPage(event);
    const capacity = await screen.findByRole('textbox', { name: 'Capacity' });

    await user.clear(capacity);
    await user.type(capacity, '30');
    await user.click(screen.getByRole('button', { name: 'Save capacity' }));
    expect(capacity).toHaveAccessibleDescription(/cannot be lower than the 40 attendees already registered/);
    expect(sent).toBeUndefined();

    await user.clear(capacity);
    await user.type(capacity, '42');
    await user.click(screen.getByRole('button', { name: 'Save capacity' }));

    expect(await screen.findByText('Capacity is now 42. 2 people moved off the waitlist.')).toBeInTheDocument();
    expect(sent).toEqual({ capacity: 42 });
  });
});
