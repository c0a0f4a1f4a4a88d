import { screen, within } from '@testing-library/react';
import { http, HttpResponse } from 'msw';
import type { TicketPage } from '@/lib/api/types';
import { anEvent, aTicket } from '@/testing/fixtures';
import { renderWithProviders } from '@/testing/render';
import { apiUrl, problem, server } from '@/testing/server';
import { TicketsPage } from '../routes/TicketsPage';

function serveTickets(upcoming: TicketPage, past: TicketPage = { items: [] }) {
  const asked: (string | null)[] = [];
  server.use(
    http.get(apiUrl('/api/v1/me/registrations'), ({ request }) => {
      const isPast = new URL(request.url).searchParams.get('past');
      asked.push(isPast);
      return HttpResponse.json(isPast === 'true' ? past : upcoming);
    }),
  );
  return asked;
}

function ticketFor(title: string) {
  return within(screen.getByRole('article', { name: title }));
}

describe('My tickets', () => {
  it('shows a scannable QR code and the ticket code for a registered event', async () => {
    const ticket = aTicket(anEvent({ title: 'Boston Retina Night' }), { ticketToken: 'tk_4mQx9ZsV2bLr8NpWc7Ye1HdA' });
    serveTickets({ items: [ticket] });
    renderWithProviders(<TicketsPage />, { route: '/tickets' });

    const code = await screen.findByRole('img', { name: 'Door ticket QR code for Boston Retina Night' });
    expect(code.tagName.toLowerCase()).toBe('svg');
    // A version-2 or larger symbol plus the quiet zone: big enough to be worth scanning.
    expect(Number(code.getAttribute('viewBox')?.split(' ')[2])).toBeGreaterThanOrEqual(33);
    expect(ticketFor('Boston Retina Night').getByText('tk_4mQx9ZsV2bLr8NpWc7Ye1HdA')).toBeInTheDocument();
    expect(ticketFor('Boston Retina Night').getByText('Registered')).toBeInTheDocument();
  });

  it('shows whose ticket it is: the holder’s name and photo', async () => {
    const ticket = aTicket(anEvent({ title: 'Boston Retina Night' }), {
      attendeeName: 'Dr. Maya Chen',
      attendeeProfile: { wantsReferred: [], refersOut: [], photoUrl: '/api/v1/attendees/a1/photo?v=one' },
    });
    serveTickets({ items: [ticket] });
    server.use(
      http.get(apiUrl('/api/v1/attendees/:attendeeId/photo'), () =>
        HttpResponse.arrayBuffer(new ArrayBuffer(4), { headers: { 'Content-Type': 'image/jpeg' } }),
      ),
    );
    renderWithProviders(<TicketsPage />, { route: '/tickets' });

    expect(await screen.findByRole('img', { name: 'Photo of Dr. Maya Chen' })).toBeInTheDocument();
    expect(ticketFor('Boston Retina Night').getByText('Dr. Maya Chen')).toBeInTheDocument();
  });

  it('shows the place in line for a waitlisted event, and no QR code', async () => {
    const waitlisted = aTicket(anEvent({ title: 'Full House' }), {
      status: 'WAITLISTED',
      waitlistPosition: 2,
      ticketToken: undefined,
    });
    serveTickets({ items: [waitlisted] });
    renderWithProviders(<TicketsPage />, { route: '/tickets' });

    expect(await screen.findByText('You’re #2 on the waitlist')).toBeInTheDocument();
    expect(screen.queryByRole('img')).not.toBeInTheDocument();
  });

  it('shows no QR code for a cancelled event', async () => {
    serveTickets({ items: [aTicket(anEvent({ title: 'Called Off', status: 'CANCELLED' }))] });
    renderWithProviders(<TicketsPage />, { route: '/tickets' });

    expect(await screen.findByText('This event was cancelled')).toBeInTheDocument();
    expect(screen.queryByRole('img')).not.toBeInTheDocument();
  });

  it('switches to past events through the address, and says when there are none', async () => {
    const asked = serveTickets({ items: [aTicket()] });
    renderWithProviders(<TicketsPage />, { route: '/tickets?past=true' });

    expect(await screen.findByRole('heading', { name: 'No past events yet' })).toBeInTheDocument();
    expect(asked).toEqual(['true']);
    expect(screen.getByRole('link', { name: 'Past' })).toHaveAttribute('aria-current', 'true');
  });

  it('points to the event list when nothing is upcoming', async () => {
    serveTickets({ items: [] });
    renderWithProviders(<TicketsPage />, { route: '/tickets' });

    expect(await screen.findByRole('heading', { name: 'No upcoming events' })).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Find an event' })).toHaveAttribute('href', '/events');
  });

  it('offers a retry when the tickets cannot be loaded', async () => {
    server.use(http.get(apiUrl('/api/v1/me/registrations'), () => problem(500, { title: 'Server Error' })));
    renderWithProviders(<TicketsPage />, { route: '/tickets' });

    expect(await screen.findByRole('alert')).toHaveTextContent('We could not load your tickets');
  });
});
