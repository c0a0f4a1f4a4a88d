import { screen, within } from '@testing-library/react';
import { http, HttpResponse } from 'msw';
import { Route, Routes } from 'react-router';
import type { DashboardTrends } from '@/lib/api/types';
import { renderWithProviders } from '@/testing/render';
import { apiUrl, problem, server } from '@/testing/server';
import { TrendsPage } from '../routes/TrendsPage';

const trends: DashboardTrends = {
  events: [
    {
      eventId: '11111111-1111-4111-8111-111111111111',
      title: 'Boston Cardiology Mixer',
      city: 'Boston',
      startsAt: '2030-03-05T23:00:00Z',
      registered: 30,
      attended: 24,
      firstTimers: 24,
      returning: 0,
      connections: 18,
      connectionsPerAttendee: 1.5,
      followUpRate: 0.4,
      referrals: 7,
    },
    {
      eventId: '22222222-2222-4222-8222-222222222222',
      title: 'Boston Eye Evening',
      city: 'Boston',
      startsAt: '2030-04-09T23:00:00Z',
      registered: 32,
      attended: 20,
      firstTimers: 8,
      returning: 12,
      connections: 0,
      referrals: 0,
    },
  ],
  neverCame: [{ attendeeId: '33333333-3333-4333-8333-333333333333', name: 'Dr. Rhea Absent', registrations: 2 }],
  definitions: { 'events.attended': 'Attendees checked in at the door.' },
};

function serve(response: () => Response) {
  const requests: URLSearchParams[] = [];
  server.use(
    http.get(apiUrl('/api/v1/dashboard/trends'), ({ request }) => {
      requests.push(new URL(request.url).searchParams);
      return response();
    }),
  );
  return requests;
}

function renderPage(query = '') {
  return renderWithProviders(
    <Routes>
      <Route path="/organizer/trends" element={<TrendsPage />} />
    </Routes>,
    { route: `/organizer/trends${query}` },
  );
}

describe('Trends', () => {
  it('shows each event’s figures as a table and who registers without coming', async () => {
    serve(() => HttpResponse.json(trends));
    renderPage();

    const table = await screen.findByRole('table', { name: 'Events over time' });
    const first = within(table).getByRole('row', { name: /Boston Cardiology Mixer/ });
    expect(first).toHaveTextContent('1.5');
    expect(first).toHaveTextContent('40%');
    const second = within(table).getByRole('row', { name: /Boston Eye Evening/ });
    expect(within(second).getAllByRole('cell').map((cell) => cell.textContent)).toEqual([
      'Tue, Apr 9, 2030',
      'Boston',
      '32',
      '20',
      '8',
      '12',
      '—',
      '—',
      '0',
    ]);
    const absent = screen.getByRole('table', { name: 'Registered often, never came' });
    expect(within(absent).getByRole('row', { name: 'Dr. Rhea Absent 2' })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Export as CSV: Events over time' })).toBeInTheDocument();
  });

  it('asks for one city and whole UTC days', async () => {
    const requests = serve(() => HttpResponse.json(trends));
    const { user } = renderPage();

    await user.type(await screen.findByRole('textbox', { name: 'City' }), ' Boston ');
    await user.type(screen.getByLabelText('First day'), '2030-03-01');
    await user.type(screen.getByLabelText('Last day'), '2030-03-31');
    await user.click(screen.getByRole('button', { name: 'Apply' }));

    await vi.waitFor(() => {
      expect(requests).toHaveLength(2);
    });
    expect(Object.fromEntries(requests[1] ?? [])).toEqual({
      city: 'Boston',
      from: '2030-03-01T00:00:00Z',
      to: '2030-04-01T00:00:00Z',
    });
  });

  it('says when no event matches', async () => {
    serve(() => HttpResponse.json({ ...trends, events: [], neverCame: [] }));
    renderPage();
    expect(await screen.findByRole('heading', { name: 'No events to compare' })).toBeInTheDocument();
  });

  it('offers a retry when the trends cannot be loaded', async () => {
    serve(() => problem(400, { title: 'Invalid input', errors: [{ field: 'city', message: 'must be a city name' }] }));
    renderPage('?city=x');
    expect(await screen.findByRole('alert')).toHaveTextContent('We could not load the trends');
  });
});
