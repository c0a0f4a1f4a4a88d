import { screen, within } from '@testing-library/react';
import { http, HttpResponse } from 'msw';
import type { EventPage } from '@/lib/api/types';
import { anEvent } from '@/testing/fixtures';
import { renderWithProviders } from '@/testing/render';
import { apiUrl, problem, server } from '@/testing/server';
import { EventsPage } from '../routes/EventsPage';

/** Serves GET /events page by page (keyed by cursor) and records each request's query. */
function serveEvents(pages: Record<string, EventPage>) {
  const queries: URLSearchParams[] = [];
  server.use(
    http.get(apiUrl('/api/v1/events'), ({ request }) => {
      const query = new URL(request.url).searchParams;
      queries.push(query);
      return HttpResponse.json(pages[query.get('cursor') ?? 'first'] ?? { items: [] });
    }),
  );
  return queries;
}

function cards() {
  return within(screen.getByRole('list')).getAllByRole('article');
}

describe('Event list', () => {
  it('reads its filters from the address and sends them to the API', async () => {
    const queries = serveEvents({ first: { items: [anEvent({ title: 'Boston Retina Night', city: 'Boston' })] } });
    renderWithProviders(<EventsPage />, { route: '/events?q=retina&city=Boston&from=2030-06-01&to=2030-06-30' });

    expect(await screen.findByRole('link', { name: 'Boston Retina Night' })).toBeInTheDocument();
    expect(screen.getByRole('searchbox', { name: 'Search' })).toHaveValue('retina');
    expect(screen.getByRole('textbox', { name: 'City' })).toHaveValue('Boston');
    expect(screen.getByLabelText('From')).toHaveValue('2030-06-01');
    const query = queries[0];
    expect(query?.get('q')).toBe('retina');
    expect(query?.get('city')).toBe('Boston');
    expect(query?.get('from')).toBe(new Date(2030, 5, 1).toISOString());
    // The last day is included whole: events starting before the next midnight.
    expect(query?.get('to')).toBe(new Date(2030, 6, 1).toISOString());
  });

  it('searches with what the user typed, and offers to clear the filters', async () => {
    const queries = serveEvents({ first: { items: [anEvent()] } });
    const { user } = renderWithProviders(<EventsPage />, { route: '/events' });
    await screen.findByRole('link', { name: 'Baltimore Eye & Vision Evening' });

    await user.type(screen.getByRole('searchbox', { name: 'Search' }), 'vision');
    await user.type(screen.getByRole('textbox', { name: 'City' }), 'Baltimore');
    await user.click(screen.getByRole('button', { name: 'Search' }));

    expect(await screen.findByRole('link', { name: 'Clear filters' })).toHaveAttribute('href', '/events');
    const last = queries[queries.length - 1];
    expect(last?.get('q')).toBe('vision');
    expect(last?.get('city')).toBe('Baltimore');
  });

  it('refuses a date range that ends before it starts', async () => {
    const queries = serveEvents({ first: { items: [anEvent()] } });
    const { user } = renderWithProviders(<EventsPage />, { route: '/events' });
    await screen.findByRole('link', { name: 'Baltimore Eye & Vision Evening' });

    await user.type(screen.getByLabelText('From'), '2030-06-10');
    await user.type(screen.getByLabelText('To'), '2030-06-01');
    await user.click(screen.getByRole('button', { name: 'Search' }));

    expect(screen.getByLabelText('To')).toHaveAccessibleDescription('Choose an end date on or after the start date.');
    expect(screen.getByLabelText('To')).toHaveFocus();
    expect(queries).toHaveLength(1);
  });

  it('loads the next page with the cursor and moves focus to the first new event', async () => {
    const queries = serveEvents({
      first: { items: [anEvent({ title: 'First' }), anEvent({ title: 'Second' })], nextCursor: 'page-2' },
      'page-2': { items: [anEvent({ title: 'Third' })] },
    });
    const { user } = renderWithProviders(<EventsPage />, { route: '/events' });
    await screen.findByRole('link', { name: 'First' });
    expect(cards()).toHaveLength(2);
    expect(screen.getByText('Showing the first 2 events')).toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: 'Load more events' }));

    expect(await screen.findByRole('link', { name: 'Third' })).toHaveFocus();
    expect(cards()).toHaveLength(3);
    expect(queries[1]?.get('cursor')).toBe('page-2');
    expect(screen.queryByRole('button', { name: 'Load more events' })).not.toBeInTheDocument();
  });

  it('shows seats, a full event’s waitlist and a closed registration on the cards', async () => {
    serveEvents({
      first: {
        items: [
          anEvent({ title: 'Open', seatsLeft: 1 }),
          anEvent({ title: 'Full', seatsLeft: 0, waitlistCount: 3 }),
          anEvent({ title: 'Closed', registrationOpen: false }),
        ],
      },
    });
    renderWithProviders(<EventsPage />, { route: '/events' });
    await screen.findByRole('link', { name: 'Open' });

    const [open, full, closed] = cards();
    expect(open).toHaveTextContent('1 seat left');
    expect(full).toHaveTextContent('Full · waitlist open');
    expect(closed).toHaveTextContent('Registration closed');
    expect(open).toHaveTextContent('Wed, Jun 5, 2030, 6:30 – 9:00 PM EDT');
  });

  it('says when nothing matches the search', async () => {
    serveEvents({ first: { items: [] } });
    renderWithProviders(<EventsPage />, { route: '/events?city=Nowhere' });

    expect(await screen.findByRole('heading', { name: 'No events match your search' })).toBeInTheDocument();
  });

  it('offers a retry when events cannot be loaded', async () => {
    server.use(http.get(apiUrl('/api/v1/events'), () => problem(503, { title: 'Service Unavailable' })));
    renderWithProviders(<EventsPage />, { route: '/events' });

    expect(await screen.findByRole('alert', {}, { timeout: 5000 })).toHaveTextContent('We could not load events');
    expect(screen.getByRole('button', { name: 'Try again' })).toBeInTheDocument();
  });
});
