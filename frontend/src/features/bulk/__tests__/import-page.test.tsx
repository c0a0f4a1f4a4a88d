import { screen, within } from '@testing-library/react';
import { http, HttpResponse } from 'msw';
import { Route, Routes } from 'react-router';
import type { ImportJob, ImportRow } from '@/lib/api/types';
import { anEvent } from '@/testing/fixtures';
import { renderWithProviders } from '@/testing/render';
import { apiUrl, problem, server } from '@/testing/server';
import { ImportRegistrationsPage } from '../routes/ImportRegistrationsPage';

const event = anEvent({ title: 'Boston Retina Evening' });
const IMPORT_ID = '0c0c0c0c-1111-4222-8333-444455556666';
const EVENTBRITE = 'Order #,First Name,Last Name,Email\r\n1,Dana,Reyes,dana@example.org\r\n2,Ravi,Patel,ravi@example.org\r\n';

function aJob(overrides: Partial<ImportJob> = {}): ImportJob {
  return {
    id: IMPORT_ID,
    eventId: event.id,
    state: 'RUNNING',
    totalRows: 2,
    processedRows: 1,
    created: 1,
    matched: 0,
    alreadyRegistered: 0,
    waitlisted: 0,
    skipped: 0,
    createdAt: '2030-06-01T10:00:00Z',
    ...overrides,
  };
}

const ROWS: ImportRow[] = [
  { row: 2, firstName: 'Dana', lastName: 'Reyes', email: 'dana@example.org', outcome: 'CREATED', accountCreated: true },
  {
    row: 3,
    firstName: 'Ravi',
    lastName: 'Patel',
    email: 'ravi@example.org',
    outcome: 'SKIPPED',
    accountCreated: false,
    reason: 'The same email address as row 2',
  },
];

/** Serves the event, an upload that records what it was sent, and a job that completes on its second poll. */
function serveImport() {
  const sent: { query: Record<string, string>; type: string | null }[] = [];
  let polls = 0;
  server.use(
    http.get(apiUrl('/api/v1/events/:eventId'), () => HttpResponse.json(event)),
    http.post(apiUrl('/api/v1/events/:eventId/imports'), ({ request }) => {
      sent.push({ query: Object.fromEntries(new URL(request.url).searchParams), type: request.headers.get('Content-Type') });
      return HttpResponse.json(aJob({ state: 'QUEUED', processedRows: 0, created: 0 }), { status: 202 });
    }),
    http.get(apiUrl('/api/v1/imports/:importId'), () => {
      polls += 1;
      return HttpResponse.json(
        polls < 2 ? aJob() : aJob({ state: 'COMPLETED', processedRows: 2, skipped: 1, finishedAt: '2030-06-01T10:00:05Z' }),
      );
    }),
    http.get(apiUrl('/api/v1/imports/:importId/rows'), () => HttpResponse.json({ items: ROWS })),
  );
  return sent;
}

function renderPage(route = `/organizer/events/${event.id}/import`) {
  return renderWithProviders(
    <Routes>
      <Route path="/organizer/events/:eventId/import" element={<ImportRegistrationsPage />} />
    </Routes>,
    { route },
  );
}

function csvFile(text: string, name = 'attendees.csv') {
  return new File([text], name, { type: 'text/csv' });
}

describe('Import registrations page', () => {
  it('previews the file with Eventbrite columns mapped, uploads it, follows the progress and shows the report', async () => {
    const sent = serveImport();
    const { user } = renderPage();

    await user.upload(await screen.findByLabelText(/CSV file/), csvFile(EVENTBRITE));

    const preview = await screen.findByRole('table', { name: 'The first rows of the file' });
    expect(within(preview).getAllByRole('row')).toHaveLength(3);
    expect(within(preview).getByRole('cell', { name: 'ravi@example.org' })).toBeInTheDocument();
    expect(screen.getByRole('combobox', { name: 'First name' })).toHaveValue('First Name');
    expect(screen.getByRole('combobox', { name: 'Email' })).toHaveValue('Email');

    await user.click(screen.getByRole('button', { name: 'Start import' }));

    const bar = await screen.findByRole('progressbar', { name: 'Rows imported' });
    expect(bar).toHaveAttribute('aria-valuemax', '2');
    expect(sent).toHaveLength(1);
    expect(sent[0]?.type).toBe('text/csv');
    expect(sent[0]?.query).toEqual({ firstNameColumn: 'First Name', lastNameColumn: 'Last Name', emailColumn: 'Email' });

    expect(await screen.findByRole('heading', { name: 'Import complete' }, { timeout: 4000 })).toBeInTheDocument();
    expect(screen.getByRole('progressbar', { name: 'Rows imported' })).toHaveAttribute('aria-valuenow', '2');
    const report = await screen.findByRole('table', { name: 'Import report' });
    expect(within(report).getByRole('row', { name: /Dana Reyes/ })).toHaveTextContent('Registered, new account invited');
    expect(within(report).getByRole('row', { name: /Ravi Patel/ })).toHaveTextContent(
      'Skipped: The same email address as row 2',
    );
  });

  it('asks for the columns a file of other names holds before it uploads anything', async () => {
    const sent = serveImport();
    const { user } = renderPage();

    await user.upload(await screen.findByLabelText(/CSV file/), csvFile('Given name,Surname,E-mail\r\nLee,Chen,lee@example.org\r\n'));
    await screen.findByRole('table', { name: 'The first rows of the file' });
    await user.click(screen.getByRole('button', { name: 'Start import' }));

    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('Choose the column that holds First name.');
    expect(alert).toHaveTextContent('Choose the column that holds Email.');
    expect(sent).toHaveLength(0);

    await user.selectOptions(screen.getByRole('combobox', { name: 'First name' }), 'Given name');
    await user.selectOptions(screen.getByRole('combobox', { name: 'Last name' }), 'Surname');
    await user.selectOptions(screen.getByRole('combobox', { name: 'Email' }), 'E-mail');
    await user.click(screen.getByRole('button', { name: 'Start import' }));

    await screen.findByRole('progressbar', { name: 'Rows imported' });
    expect(sent[0]?.query).toEqual({ firstNameColumn: 'Given name', lastNameColumn: 'Surname', emailColumn: 'E-mail' });
  });

  it("tells the server's refusal of the file in its words", async () => {
    serveImport();
    server.use(
      http.post(apiUrl('/api/v1/events/:eventId/imports'), () =>
        problem(415, { title: 'Unsupported Media Type', detail: 'The file is not UTF-8 text; save it as "CSV UTF-8"' }),
      ),
    );
    const { user } = renderPage();

    await user.upload(await screen.findByLabelText(/CSV file/), csvFile(EVENTBRITE));
    await screen.findByRole('table', { name: 'The first rows of the file' });
    await user.click(screen.getByRole('button', { name: 'Start import' }));

    expect(await screen.findByRole('alert')).toHaveTextContent('The file is not UTF-8 text; save it as "CSV UTF-8"');
    expect(screen.queryByRole('progressbar')).not.toBeInTheDocument();
  });

  it('shows an import already under way when the page is opened on it', async () => {
    serveImport();
    renderPage(`/organizer/events/${event.id}/import?import=${IMPORT_ID}`);

    const bar = await screen.findByRole('progressbar', { name: 'Rows imported' });
    expect(bar).toHaveAttribute('aria-valuenow', '1');
    expect(screen.getByRole('heading', { name: 'Importing…' })).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Start import' })).not.toBeInTheDocument();
  });
});
