import { focusManager } from '@tanstack/react-query';
import { act, screen, within } from '@testing-library/react';
import { http, HttpResponse } from 'msw';
import { Route, Routes } from 'react-router';
import type { EventDashboard } from '@/lib/api/types';
import { aDashboard, anEvent } from '@/testing/fixtures';
import { renderWithProviders } from '@/testing/render';
import { apiUrl, problem, server } from '@/testing/server';
import { EventDashboardPage } from '../routes/EventDashboardPage';

const event = anEvent({ title: 'Baltimore Eye & Vision Evening', timeZone: 'America/New_York', status: 'COMPLETED' });

/** Serves the event and these figures, and keeps the query string of every dashboard request. */
function serve(dashboard: EventDashboard | (() => Response)) {
  const requests: URLSearchParams[] = [];
  server.use(
    http.get(apiUrl('/api/v1/events/:eventId'), () => HttpResponse.json(event)),
    http.get(apiUrl('/api/v1/dashboard/events/:eventId'), ({ request }) => {
      requests.push(new URL(request.url).searchParams);
      return typeof dashboard === 'function' ? dashboard() : HttpResponse.json(dashboard);
    }),
  );
  return requests;
}

function renderPage(query = '') {
  return renderWithProviders(
    <Routes>
      <Route path="/organizer/events/:eventId/dashboard" element={<EventDashboardPage />} />
    </Routes>,
    { route: `/organizer/events/${event.id}/dashboard${query}` },
  );
}

function figure(name: string): string | null | undefined {
  const term = screen.getByText(name, { selector: 'dt' });
  return term.parentElement?.querySelector('dd')?.textContent;
}

describe('Event dashboard', () => {
  afterEach(() => {
    vi.useRealTimers();
    focusManager.setFocused(undefined);
  });

  it('groups the figures and shows each chart as a table', async () => {
    serve(aDashboard());
    renderPage();

    expect(await screen.findByRole('heading', { level: 2, name: 'Registration' })).toBeInTheDocument();
    for (const group of ['Introduction funnel', 'Follow-up', 'Outcomes', 'Specialties']) {
      expect(screen.getByRole('heading', { level: 2, name: group })).toBeInTheDocument();
    }
    expect(figure('Registered')).toBe('12 of 40');
    expect(figure('No-shows')).toBe('3');
    expect(figure('Acceptance rate')).toBe('75%');
    expect(figure('Median time to answer')).toBe('30 min');
    expect(figure('Attendees with a connection')).toBe('67% (8 of 12)');
    expect(figure('Request allowance used')).toBe('25% (15 of 60)');
    expect(figure('Plans done within a week')).toBe('50% (3 of 6)');

    const funnel = screen.getByRole('table', { name: 'Introductions by stage' });
    expect(within(funnel).getByRole('columnheader', { name: 'Stage' })).toBeInTheDocument();
    expect(within(within(funnel).getByRole('row', { name: /Accepted/ })).getByRole('cell')).toHaveTextContent('6');
    const allowance = screen.getByRole('table', { name: 'Request allowance' });
    expect(within(allowance).getByRole('row', { name: 'Allowance of all seated attendees 60' })).toBeInTheDocument();
    const kinds = screen.getByRole('table', { name: 'Follow-up tasks by kind' });
    expect(within(kinds).getByRole('rowheader', { name: 'Send card' })).toBeInTheDocument();
    const checkIns = screen.getByRole('table', { name: 'Check-ins over time' });
    expect(within(checkIns).getByRole('rowheader', { name: '6:30 PM' })).toBeInTheDocument();
    const pairs = screen.getByRole('table', { name: 'Which specialties met which' });
    expect(within(pairs).getByRole('row', { name: 'Optometrist Ophthalmology 5' })).toBeInTheDocument();
  });

  it('explains a figure one tap away, in the words the API defines it with', async () => {
    serve(aDashboard());
    const { user } = renderPage();

    const what = await screen.findByRole('button', { name: 'What is “Acceptance rate”?' });
    const definition = 'Accepted divided by those decided (accepted, declined or expired).';
    expect(screen.getByText(definition)).not.toBeVisible();
    await user.click(what);
    expect(what).toHaveAttribute('aria-expanded', 'true');
    expect(screen.getByText(definition)).toBeVisible();
  });

  it('exports a table as CSV, neutralising cells a spreadsheet would run', async () => {
    serve(aDashboard());
    let saved: Blob | undefined;
    const createObjectURL = vi.fn((blob: Blob) => {
      saved = blob;
      return 'blob:specialty-mix';
    });
    vi.stubGlobal('URL', Object.assign(URL, { createObjectURL, revokeObjectURL: vi.fn() }));
    const { user } = renderPage();

    await user.click(await screen.findByRole('button', { name: 'Export as CSV: Specialty mix of attendees' }));

    expect(saved?.type).toBe('text/csv;charset=utf-8;header=present');
    expect(await saved?.text()).toBe("Specialty,Attendees\r\nOphthalmology,7\r\n'=Optometrist,4\r\n");
    vi.unstubAllGlobals();
  });

  it('says there is nothing to count for a brand-new event', async () => {
    const empty = aDashboard();
    serve({
      ...empty,
      registration: { ...empty.registration, registered: 0, checkedIn: 0, waitlisted: 0, cancelled: 0, noShows: 0, checkInsOverTime: [] },
      introductions: { ...empty.introductions, requested: 0 },
    });
    renderPage();
    expect(await screen.findByRole('heading', { name: 'Nothing to count yet' })).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Manage registrations' })).toHaveAttribute(
      'href',
      `/organizer/events/${event.id}/registrations`,
    );
  });

  it('offers a retry when the figures cannot be loaded', async () => {
    serve(() => problem(500, { title: 'Server Error' }));
    renderPage();
    expect(await screen.findByRole('alert')).toHaveTextContent('We could not load the figures');
    expect(screen.getByRole('button', { name: 'Try again' })).toBeInTheDocument();
  });

  it('asks for whole days in the event’s zone, and refuses a range that ends before it starts', async () => {
    const requests = serve(aDashboard());
    const { user } = renderPage();

    const first = await screen.findByLabelText('First day');
    const last = screen.getByLabelText('Last day');
    await user.type(first, '2030-06-05');
    await user.type(last, '2030-06-04');
    await user.click(screen.getByRole('button', { name: 'Apply' }));
    expect(last).toHaveAccessibleDescription(/must not be before the first day/);
    expect(requests).toHaveLength(1);

    await user.clear(last);
    await user.type(last, '2030-06-06');
    await user.click(screen.getByRole('button', { name: 'Apply' }));
    await vi.waitFor(() => {
      expect(requests).toHaveLength(2);
    });
    expect(requests[1]?.get('from')).toBe('2030-06-05T00:00:00-04:00');
    expect(requests[1]?.get('to')).toBe('2030-06-07T00:00:00-04:00');
  });

  it('refreshes the figures of a live event by itself, but not in a background tab', async () => {
    vi.useFakeTimers({ shouldAdvanceTime: true });
    const now = Date.now();
    const requests = serve(
      aDashboard({ startsAt: new Date(now - 3_600_000).toISOString(), endsAt: new Date(now + 3_600_000).toISOString() }),
    );
    renderPage();

    expect(await screen.findByText(/Live: the figures refresh every 10 seconds/)).toBeInTheDocument();
    expect(requests).toHaveLength(1);
    await act(() => vi.advanceTimersByTimeAsync(10_000));
    await vi.waitFor(() => {
      expect(requests).toHaveLength(2);
    });

    act(() => {
      focusManager.setFocused(false);
    });
    await act(() => vi.advanceTimersByTimeAsync(30_000));
    expect(requests).toHaveLength(2);
  });

  it('leaves the figures of an event that has ended alone', async () => {
    vi.useFakeTimers({ shouldAdvanceTime: true });
    const requests = serve(aDashboard());
    renderPage();
    expect(await screen.findByRole('heading', { level: 2, name: 'Registration' })).toBeInTheDocument();
    expect(screen.queryByText(/Live:/)).not.toBeInTheDocument();
    await act(() => vi.advanceTimersByTimeAsync(30_000));
    expect(requests).toHaveLength(1);
  });
});
