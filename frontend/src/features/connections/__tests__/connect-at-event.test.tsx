import { screen } from '@testing-library/react';
import { http, HttpResponse } from 'msw';
import { Route, Routes } from 'react-router';
import type { ScanRequest } from '@/lib/api/types';
import { aConnection, anAttendee } from '@/testing/fixtures';
import { renderWithProviders } from '@/testing/render';
import { apiUrl, problem, server } from '@/testing/server';
import { refreshDelay } from '../api/issue-connect-code';
import { ConnectAtEventPage } from '../routes/ConnectAtEventPage';

const EVENT_ID = '3f2a8c1e-0b7d-4e5f-9a6c-1d2e3f4a5b6c';

function renderPage() {
  return renderWithProviders(
    <Routes>
      <Route path="/events/:eventId/connect" element={<ConnectAtEventPage />} />
    </Routes>,
    { route: `/events/${EVENT_ID}/connect` },
  );
}

function serveCode() {
  server.use(
    http.post(apiUrl('/api/v1/events/:eventId/connect-code'), () =>
      HttpResponse.json({ code: 'cc_8fKq2LmZ7xWp', shortCode: '7K3QD-9XWMB', eventId: EVENT_ID, expiresAt: '2030-06-05T19:15:00-04:00' }),
    ),
  );
}

describe('Connect at the event', () => {
  it('shows my connect code as a QR code with the code spelled out', async () => {
    serveCode();
    renderPage();

    expect(await screen.findByRole('img', { name: 'My connect QR code' })).toBeInTheDocument();
    expect(screen.getByText('7K3QD-9XWMB')).toBeInTheDocument();
    expect(screen.getByText(/Showing it is your consent/)).toBeInTheDocument();
  });

  it('says why there is no code for someone without a seat', async () => {
    server.use(
      http.post(apiUrl('/api/v1/events/:eventId/connect-code'), () =>
        problem(403, {
          title: 'Forbidden',
          detail: 'Only attendees holding a seat at this event can show a connect code',
        }),
      ),
    );
    renderPage();

    expect(await screen.findByRole('alert')).toHaveTextContent('Only attendees holding a seat at this event');
  });

  it('connects with a typed code when there is no camera', async () => {
    serveCode();
    let sent: ScanRequest | undefined;
    const connection = aConnection({ person: anAttendee({ fullName: 'Dr. Amara Okafor' }), origin: 'SCAN' });
    server.use(
      http.post(apiUrl('/api/v1/connections/scan'), async ({ request }) => {
        sent = (await request.json()) as ScanRequest;
        return HttpResponse.json(connection, { status: 201 });
      }),
    );
    const { user } = renderPage();

    await user.type(await screen.findByRole('textbox', { name: 'Their code' }), ' cc_other ');
    await user.click(screen.getByRole('button', { name: 'Connect' }));

    expect(await screen.findByText('Connected with Dr. Amara Okafor')).toBeInTheDocument();
    expect(sent).toEqual({ code: 'cc_other' });
    expect(screen.getByRole('link', { name: 'Open the connection' })).toHaveAttribute(
      'href',
      `/connections/${connection.id}`,
    );
  });

  it('says what is wrong with a code the server refuses', async () => {
    serveCode();
    server.use(
      http.post(apiUrl('/api/v1/connections/scan'), () =>
        problem(400, {
          title: 'Bad Request',
          errors: [{ field: 'code', message: 'has expired; ask them to show a fresh code' }],
        }),
      ),
    );
    const { user } = renderPage();

    await user.click(await screen.findByRole('button', { name: 'Connect' }));
    expect(screen.getByRole('textbox', { name: 'Their code' })).toHaveAccessibleDescription(/Enter the code/);

    await user.type(screen.getByRole('textbox', { name: 'Their code' }), 'cc_old');
    await user.click(screen.getByRole('button', { name: 'Connect' }));
    expect(await screen.findByText('This code has expired; ask them to show a fresh code.')).toBeInTheDocument();
  });

  it('renews the code shortly before it expires', () => {
    const now = Date.parse('2030-06-05T19:10:00-04:00');
    expect(refreshDelay({ code: 'c', shortCode: '7K3QD-9XWMB', eventId: EVENT_ID, expiresAt: '2030-06-05T19:15:00-04:00' }, now)).toBe(270_000);
    // A code about to expire is replaced soon, but the server is not hammered.
    expect(refreshDelay({ code: 'c', shortCode: '7K3QD-9XWMB', eventId: EVENT_ID, expiresAt: '2030-06-05T19:10:05-04:00' }, now)).toBe(10_000);
    expect(refreshDelay({ code: 'c', shortCode: '7K3QD-9XWMB', eventId: EVENT_ID, expiresAt: '2030-06-06T19:10:00-04:00' }, now)).toBe(600_000);
  });
});
