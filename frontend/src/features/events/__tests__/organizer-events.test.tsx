import { screen, within } from '@testing-library/react';
import { http, HttpResponse } from 'msw';
import { anEvent } from '@/testing/fixtures';
import { renderWithProviders } from '@/testing/render';
import { apiUrl, server } from '@/testing/server';
import { OrganizerEventsPage } from '../routes/OrganizerEventsPage';

describe('Organizer events table', () => {
  it('lists events of every status, drafts included, and filters by status through the address', async () => {
    const asked: URLSearchParams[] = [];
    server.use(
      http.get(apiUrl('/api/v1/events'), ({ request }) => {
        const query = new URL(request.url).searchParams;
        asked.push(query);
        const all = [anEvent({ title: 'Draft night', status: 'DRAFT' }), anEvent({ title: 'Live night' })];
        const status = query.get('status');
        return HttpResponse.json({ items: all.filter((event) => !status || event.status === status) });
      }),
    );
    const { user } = renderWithProviders(<OrganizerEventsPage />, { route: '/organizer/events' });

    const table = await screen.findByRole('table', { name: 'Events' });
    expect(within(table).getByRole('link', { name: 'Draft night' })).toBeInTheDocument();
    expect(within(table).getByText('Draft')).toBeInTheDocument();
    expect(within(table).getByRole('link', { name: 'Door check-in for Live night' })).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Create event' })).toHaveAttribute('href', '/organizer/events/new');

    await user.click(screen.getByRole('link', { name: 'Drafts' }));

    expect(await screen.findByRole('link', { name: 'Drafts' })).toHaveAttribute('aria-current', 'true');
    expect(await screen.findByText('Draft night')).toBeInTheDocument();
    expect(screen.queryByText('Live night')).not.toBeInTheDocument();
    expect(asked[asked.length - 1]?.get('status')).toBe('DRAFT');
  });

  it('includes past events on request', async () => {
    const asked: URLSearchParams[] = [];
    server.use(
      http.get(apiUrl('/api/v1/events'), ({ request }) => {
        asked.push(new URL(request.url).searchParams);
        return HttpResponse.json({ items: [] });
      }),
    );
    const { user } = renderWithProviders(<OrganizerEventsPage />, { route: '/organizer/events' });
    expect(await screen.findByRole('heading', { name: 'No events here' })).toBeInTheDocument();

    await user.click(screen.getByRole('checkbox', { name: 'Include events that have ended' }));

    await screen.findByText('No event has this status.');
    expect(asked[0]?.get('from')).toBeNull();
    expect(asked[asked.length - 1]?.get('from')).toBe('2000-01-01T00:00:00Z');
  });
});
