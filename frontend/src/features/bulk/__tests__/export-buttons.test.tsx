import { screen } from '@testing-library/react';
import { http, HttpResponse } from 'msw';
import { renderWithProviders } from '@/testing/render';
import { apiUrl, problem, server } from '@/testing/server';
import { ExportButtons } from '../components/ExportButtons';

const EVENT_ID = '7f8a2c1e-0000-4000-8000-000000000001';

describe('Export buttons', () => {
  it('downloads the list the server sends, under the name it gives', async () => {
    server.use(
      http.get(apiUrl('/api/v1/events/:eventId/exports/registrations.csv'), () =>
        new HttpResponse('Registration ID,Status\r\nr1,REGISTERED\r\n', {
          headers: {
            'Content-Type': 'text/csv; charset=utf-8',
            'Content-Disposition': 'attachment; filename="boston-registrations.csv"',
          },
        }),
      ),
    );
    let saved: Blob | undefined;
    const createObjectURL = vi.fn((blob: Blob) => {
      saved = blob;
      return 'blob:registrations';
    });
    vi.stubGlobal('URL', Object.assign(URL, { createObjectURL, revokeObjectURL: vi.fn() }));
    const clicked: string[] = [];
    const click = vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
      clicked.push(this.download);
    });
    const { user } = renderWithProviders(<ExportButtons eventId={EVENT_ID} />);

    await user.click(screen.getByRole('button', { name: 'Export registrations (CSV)' }));

    await vi.waitFor(() => {
      expect(clicked).toEqual(['boston-registrations.csv']);
    });
    expect(await saved?.text()).toBe('Registration ID,Status\r\nr1,REGISTERED\r\n');
    click.mockRestore();
    vi.unstubAllGlobals();
  });

  it('says why a list could not be made', async () => {
    server.use(
      http.get(apiUrl('/api/v1/events/:eventId/exports/follow-ups.csv'), () =>
        problem(404, { title: 'Not found', detail: 'Event not found' }),
      ),
    );
    const { user } = renderWithProviders(<ExportButtons eventId={EVENT_ID} />);

    await user.click(screen.getByRole('button', { name: 'Export follow-up outcomes (CSV)' }));

    expect(await screen.findByRole('alert')).toHaveTextContent('Event not found');
  });
});
