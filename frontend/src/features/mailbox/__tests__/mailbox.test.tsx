import { screen } from '@testing-library/react';
import { http, HttpResponse } from 'msw';
import { renderWithProviders } from '@/testing/render';
import { apiUrl, server } from '@/testing/server';
import { MailboxPage } from '../routes/MailboxPage';

const mails = [
  {
    id: 'b',
    to: 'dana@example.org',
    subject: 'Tomorrow: Boston mixer',
    receivedAt: '2026-12-01T20:00:00Z',
    html: '<p>See <a href="http://localhost:8080/events/e1/meet">whom to meet</a></p>',
    text: 'See whom to meet',
  },
  {
    id: 'a',
    to: 'dana@example.org',
    subject: 'Boston mixer is cancelled',
    receivedAt: '2026-12-01T19:00:00Z',
    html: '<p>Cancelled</p>',
    text: 'Cancelled',
  },
];

describe('Dev mailbox', () => {
  it('lists the received mails and shows the chosen one in a sandboxed frame', async () => {
    server.use(http.get(apiUrl('/api/v1/dev/mailbox'), () => HttpResponse.json({ items: mails })));
    const { user } = renderWithProviders(<MailboxPage />, { route: '/dev/mailbox' });

    const newest = await screen.findByTitle('Mail: Tomorrow: Boston mixer');
    expect(newest).toHaveAttribute('sandbox', expect.stringContaining('allow-top-navigation-by-user-activation'));
    expect(newest.getAttribute('srcdoc')).toContain('href="http://localhost:8080/events/e1/meet"');

    await user.click(screen.getByRole('button', { name: /Boston mixer is cancelled/ }));
    expect(screen.getByTitle('Mail: Boston mixer is cancelled')).toBeInTheDocument();
  });
});
