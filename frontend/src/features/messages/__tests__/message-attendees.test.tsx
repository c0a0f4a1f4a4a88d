import { screen } from '@testing-library/react';
import { http, HttpResponse } from 'msw';
import type { EventMessageRequest } from '@/lib/api/types';
import { renderWithProviders } from '@/testing/render';
import { apiUrl, problem, server } from '@/testing/server';
import { MessageAttendeesForm } from '../components/MessageAttendeesForm';

const eventId = 'e0e0e0e0-1111-4222-8333-444455556666';

function serve(answer: (body: EventMessageRequest) => Response) {
  const sent: EventMessageRequest[] = [];
  const keys: (string | null)[] = [];
  server.use(
    http.post(apiUrl('/api/v1/events/:eventId/messages'), async ({ request }) => {
      const body = (await request.json()) as EventMessageRequest;
      sent.push(body);
      keys.push(request.headers.get('Idempotency-Key'));
      return answer(body);
    }),
  );
  return { sent, keys };
}

describe('Messaging the attendees', () => {
  it('shows whom it goes to, sends the message and says how many get it', async () => {
    const { sent, keys } = serve(() =>
      HttpResponse.json({ id: 'a1', eventId, recipients: 11, queuedAt: '2030-06-01T10:00:00Z' }, { status: 202 }),
    );
    const { user } = renderWithProviders(<MessageAttendeesForm eventId={eventId} seated={12} />);

    expect(screen.getByText(/By email to the 12 attendees holding a seat/)).toBeInTheDocument();
    await user.type(screen.getByRole('textbox', { name: 'Subject' }), '  Parking tonight ');
    await user.type(screen.getByRole('textbox', { name: /Message/ }), 'The garage validates tickets.');
    await user.click(screen.getByRole('button', { name: 'Send to 12 attendees' }));

    expect(await screen.findByText('It goes to 11 attendees, once each.')).toBeInTheDocument();
    expect(sent).toEqual([{ subject: 'Parking tonight', text: 'The garage validates tickets.' }]);
    expect(screen.getByRole('textbox', { name: 'Subject' })).toHaveValue('');
    expect(keys[0]).toMatch(/^[0-9a-f]{32}$/);
  });

  it('sends a retry of the same message with the same idempotency key', async () => {
    let calls = 0;
    const { keys } = serve(() => {
      calls += 1;
      return calls === 1
        ? problem(503, { title: 'Busy' })
        : HttpResponse.json({ id: 'a2', eventId, recipients: 2, queuedAt: '2030-06-01T10:00:00Z' }, { status: 202 });
    });
    const { user } = renderWithProviders(<MessageAttendeesForm eventId={eventId} seated={2} />);

    await user.type(screen.getByRole('textbox', { name: 'Subject' }), 'Hello');
    await user.type(screen.getByRole('textbox', { name: /Message/ }), 'Everyone');
    await user.click(screen.getByRole('button', { name: 'Send to 2 attendees' }));
    await user.click(await screen.findByRole('button', { name: 'Send to 2 attendees' }));

    expect(await screen.findByText('It goes to 2 attendees, once each.')).toBeInTheDocument();
    expect(keys).toHaveLength(2);
    expect(keys[1]).toBe(keys[0]);
  });

  it('asks for a subject and a text before sending, and shows the server’s refusal at its field', async () => {
    const { sent } = serve(() =>
      problem(400, { title: 'Bad request', errors: [{ field: 'subject', message: 'must be one line' }] }),
    );
    const { user } = renderWithProviders(<MessageAttendeesForm eventId={eventId} seated={3} />);

    await user.click(screen.getByRole('button', { name: 'Send to 3 attendees' }));
    expect(sent).toEqual([]);
    expect(screen.getAllByText('Write a subject.')).not.toHaveLength(0);
    expect(screen.getAllByText('Write the message.')).not.toHaveLength(0);

    await user.type(screen.getByRole('textbox', { name: 'Subject' }), 'Hello');
    await user.type(screen.getByRole('textbox', { name: /Message/ }), 'Everyone');
    await user.click(screen.getByRole('button', { name: 'Send to 3 attendees' }));
    expect(await screen.findAllByText('Subject must be one line.')).not.toHaveLength(0);
  });
});
