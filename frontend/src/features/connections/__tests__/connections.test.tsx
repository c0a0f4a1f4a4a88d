import { screen, waitFor, within } from '@testing-library/react';
import { http, HttpResponse } from 'msw';
import { Route, Routes } from 'react-router';
import type { CellConsentRequest, NoteRequest } from '@/lib/api/types';
import { aConnection, anAttendee, aNote, aProfile } from '@/testing/fixtures';
import { renderWithProviders } from '@/testing/render';
import { apiUrl, problem, server } from '@/testing/server';
import { vCardFileName } from '../api/download-vcard';
import { ConnectionPage } from '../routes/ConnectionPage';
import { ConnectionsPage } from '../routes/ConnectionsPage';

/** The connection's page, for someone whose profile has a cell number unless said otherwise. */
function renderConnection(connectionId: string, { cellNumber = '+14105550188' }: { cellNumber?: string } = {}) {
  server.use(
    http.get(apiUrl('/api/v1/me/profile'), () =>
      HttpResponse.json(aProfile(cellNumber ? { cellNumber } : {})),
    ),
  );
  return renderWithProviders(
    <Routes>
      <Route path="/connections/:connectionId" element={<ConnectionPage />} />
    </Routes>,
    { route: `/connections/${connectionId}` },
  );
}

describe('Connections list', () => {
  it('lists connections and searches them by what is typed', async () => {
    const asked: (string | null)[] = [];
    const reyes = aConnection({ person: anAttendee({ fullName: 'Dr. Dana Reyes' }) });
    const okafor = aConnection({ person: anAttendee({ fullName: 'Dr. Amara Okafor', city: 'Boston' }), origin: 'SCAN' });
    server.use(
      http.get(apiUrl('/api/v1/connections'), ({ request }) => {
        const q = new URL(request.url).searchParams.get('q');
        asked.push(q);
        return HttpResponse.json({ items: q ? [okafor] : [reyes, okafor] });
      }),
    );
    const { user } = renderWithProviders(<ConnectionsPage />, { route: '/connections' });

    const list = await screen.findByRole('list', { name: 'Your connections' });
    expect(within(list).getAllByRole('article')).toHaveLength(2);
    expect(within(list).getByRole('link', { name: 'Dr. Dana Reyes, OD' })).toHaveAttribute(
      'href',
      `/connections/${reyes.id}`,
    );
    expect(within(screen.getByRole('article', { name: 'Dr. Amara Okafor' })).getByText('Scanned')).toBeInTheDocument();

    await user.type(screen.getByRole('searchbox', { name: 'Search' }), 'Boston');
    expect(await screen.findByRole('link', { name: 'Dr. Amara Okafor, OD' })).toBeInTheDocument();
    await waitFor(() => {
      expect(screen.queryByRole('link', { name: 'Dr. Dana Reyes, OD' })).not.toBeInTheDocument();
    });
    expect(asked).toContain('Boston');
  });

  it('explains how connections are made when there are none', async () => {
    server.use(http.get(apiUrl('/api/v1/connections'), () => HttpResponse.json({ items: [] })));
    renderWithProviders(<ConnectionsPage />, { route: '/connections' });

    expect(await screen.findByRole('heading', { name: 'No connections yet' })).toBeInTheDocument();
  });

  it('offers a retry when the list cannot be loaded', async () => {
    server.use(http.get(apiUrl('/api/v1/connections'), () => problem(500, { title: 'Server Error' })));
    renderWithProviders(<ConnectionsPage />, { route: '/connections' });

    expect(await screen.findByRole('alert')).toHaveTextContent('We could not load your connections');
  });
});

describe('A connection', () => {
  it('shows only the contact details the server returned, and why the cell number is missing', async () => {
    const connection = aConnection({
      person: anAttendee({ fullName: 'Dr. Dana Reyes', email: 'dana@example.org' }),
      theirCellConsent: 'REFUSED',
    });
    server.use(
      http.get(apiUrl('/api/v1/connections/:id'), () => HttpResponse.json(connection)),
      http.get(apiUrl('/api/v1/connections/:id/notes'), () => HttpResponse.json({ items: [] })),
    );
    renderConnection(connection.id);

    expect(await screen.findByRole('heading', { level: 1, name: 'Dr. Dana Reyes, OD' })).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'dana@example.org' })).toHaveAttribute('href', 'mailto:dana@example.org');
    expect(screen.getByText('Dr. Dana Reyes keeps their cell number private.')).toBeInTheDocument();
    expect(screen.queryByText('LinkedIn')).not.toBeInTheDocument();
  });

  it('shows the cell number when they share it, as a link to call', async () => {
    const connection = aConnection({
      person: anAttendee({ cellNumber: '+14105550123' }),
      theirCellConsent: 'GRANTED',
    });
    server.use(
      http.get(apiUrl('/api/v1/connections/:id'), () => HttpResponse.json(connection)),
      http.get(apiUrl('/api/v1/connections/:id/notes'), () => HttpResponse.json({ items: [] })),
    );
    renderConnection(connection.id);

    expect(await screen.findByRole('link', { name: '+14105550123' })).toHaveAttribute('href', 'tel:+14105550123');
  });

  it('offers to add a cell number instead of a switch when the profile has none', async () => {
    const connection = aConnection({ myCellConsent: 'UNDECIDED' });
    server.use(
      http.get(apiUrl('/api/v1/connections/:id'), () => HttpResponse.json(connection)),
      http.get(apiUrl('/api/v1/connections/:id/notes'), () => HttpResponse.json({ items: [] })),
    );
    renderConnection(connection.id, { cellNumber: '' });

    expect(await screen.findByRole('link', { name: 'Add your cell number' })).toHaveAttribute('href', '/profile');
    expect(screen.queryByRole('switch')).not.toBeInTheDocument();
  });

  it('switches the consent to share my cell number', async () => {
    const connection = aConnection({ myCellConsent: 'UNDECIDED' });
    let sent: CellConsentRequest | undefined;
    server.use(
      http.get(apiUrl('/api/v1/connections/:id'), () => HttpResponse.json(connection)),
      http.get(apiUrl('/api/v1/connections/:id/notes'), () => HttpResponse.json({ items: [] })),
      http.put(apiUrl('/api/v1/connections/:id/cell-consent'), async ({ request }) => {
        sent = (await request.json()) as CellConsentRequest;
        return HttpResponse.json({ ...connection, myCellConsent: sent.consent });
      }),
    );
    const { user } = renderConnection(connection.id);

    const toggle = await screen.findByRole('switch', { name: 'Share my cell number with Dr. Dana Reyes' });
    expect(toggle).not.toBeChecked();
    expect(toggle).toHaveAccessibleDescription(/You have not decided yet/);
    await user.click(toggle);

    expect(sent).toEqual({ consent: 'GRANTED' });
    await screen.findByText(/Dr. Dana Reyes can see your cell number/);
    expect(toggle).toBeChecked();
  });

  it('says connection not found for someone else’s connection', async () => {
    server.use(http.get(apiUrl('/api/v1/connections/:id'), () => problem(404, { title: 'Not Found' })));
    renderConnection('00000000-0000-4000-8000-00000000dead');

    expect(await screen.findByRole('heading', { level: 1, name: 'Connection not found' })).toBeInTheDocument();
  });
});

describe('Private notes', () => {
  it('says plainly that notes are private and never about patients, then saves a note', async () => {
    const connection = aConnection();
    const notes = [aNote({ body: 'Met at the bar; wants cataract referrals.' })];
    let sent: NoteRequest | undefined;
    server.use(
      http.get(apiUrl('/api/v1/connections/:id'), () => HttpResponse.json(connection)),
      http.get(apiUrl('/api/v1/connections/:id/notes'), () => HttpResponse.json({ items: notes })),
      http.post(apiUrl('/api/v1/connections/:id/notes'), async ({ request }) => {
        sent = (await request.json()) as NoteRequest;
        const note = aNote({ body: sent.body });
        notes.unshift(note);
        return HttpResponse.json(note, { status: 201 });
      }),
    );
    const { user } = renderConnection(connection.id);

    expect(await screen.findByText('Only you will ever see these notes')).toBeInTheDocument();
    expect(screen.getByText(/never about a patient/)).toBeInTheDocument();
    expect(await screen.findByText('Met at the bar; wants cataract referrals.')).toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: 'Save note' }));
    expect(screen.getByRole('textbox', { name: 'New note' })).toHaveAccessibleDescription(
      /Write something before saving the note/,
    );
    expect(sent).toBeUndefined();

    await user.type(screen.getByRole('textbox', { name: 'New note' }), 'Call on Tuesday about glaucoma co-management');
    await user.click(screen.getByRole('button', { name: 'Save note' }));

    expect(await screen.findByText('Call on Tuesday about glaucoma co-management')).toBeInTheDocument();
    expect(sent).toEqual({ body: 'Call on Tuesday about glaucoma co-management' });
    expect(within(screen.getByRole('region', { name: 'Private notes' })).getByRole('status')).toHaveTextContent(
      'Note saved.',
    );
    expect(screen.getByRole('textbox', { name: 'New note' })).toHaveValue('');
  });
});

describe('Contact card', () => {
  it('is fetched with the bearer token and saved under the person’s name', async () => {
    const connection = aConnection({ person: anAttendee({ fullName: 'Dr. José Núñez' }) });
    let authorization: string | null = null;
    server.use(
      http.get(apiUrl('/api/v1/connections/:id'), () => HttpResponse.json(connection)),
      http.get(apiUrl('/api/v1/connections/:id/notes'), () => HttpResponse.json({ items: [] })),
      http.get(apiUrl('/api/v1/connections/:id/vcard'), ({ request }) => {
        authorization = request.headers.get('Authorization');
        return new HttpResponse('BEGIN:VCARD\r\nVERSION:4.0\r\nFN:Dr. José Núñez\r\nEND:VCARD\r\n', {
          headers: { 'Content-Type': 'text/vcard' },
        });
      }),
    );
    const { sessionStore } = await import('@/lib/session/session-store');
    const { aSession } = await import('@/testing/fixtures');
    sessionStore.start(aSession());
    const created: Blob[] = [];
    const clicked: string[] = [];
    URL.createObjectURL = (blob: Blob) => {
      created.push(blob);
      return 'blob:vcard';
    };
    URL.revokeObjectURL = () => undefined;
    const click = vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
      clicked.push(this.download);
    });
    const { user } = renderConnection(connection.id);

    await user.click(await screen.findByRole('button', { name: 'Add to contacts' }));

    await vi.waitFor(() => {
      expect(clicked).toEqual(['Dr-Jose-Nunez.vcf']);
    });
    expect(authorization).toBe('Bearer access-token-1');
    expect(await created[0]?.text()).toContain('FN:Dr. José Núñez');
    click.mockRestore();
  });

  it('names the file after the person, in characters every phone accepts', () => {
    expect(vCardFileName('Dr. Dana Reyes')).toBe('Dr-Dana-Reyes.vcf');
    expect(vCardFileName('  ')).toBe('contact.vcf');
  });
});
