import { screen, within } from '@testing-library/react';
import { http, HttpResponse } from 'msw';
import { renderWithProviders } from '@/testing/render';
import { apiUrl, server } from '@/testing/server';
import { WebhooksPage } from '../routes/WebhooksPage';

const subscription = {
  id: '3f0e1f1e-6f0b-4c1a-9a53-3b6de2f3b8a1',
  url: 'https://crm.example.org/hooks/rounds',
  description: 'Practice CRM',
  eventTypes: ['registration.created'],
  active: true,
  createdAt: '2030-06-01T10:00:00Z',
  updatedAt: '2030-06-01T10:00:00Z',
};
const delivery = {
  id: '9c0e1f1e-6f0b-4c1a-9a53-3b6de2f3b8a1',
  webhookId: 'msg_9c0e1f1e6f0b4c1a9a533b6de2f3b8a1',
  eventType: 'registration.created',
  objectId: '5a0e1f1e-6f0b-4c1a-9a53-3b6de2f3b8a1',
  attempt: 1,
  attemptedAt: '2030-06-01T10:05:00Z',
  statusCode: 500,
  responseMs: 84,
  succeeded: false,
};

describe('Webhooks page', () => {
  it('subscribes a receiver and shows its secret once', async () => {
    let created: unknown;
    server.use(
      http.get(apiUrl('/api/v1/webhook-subscriptions'), () => HttpResponse.json({ items: [] })),
      http.post(apiUrl('/api/v1/webhook-subscriptions'), async ({ request }) => {
        created = await request.json();
        return HttpResponse.json({ ...subscription, secret: 'whsec_c2VjcmV0' }, { status: 201 });
      }),
    );
    const { user } = renderWithProviders(<WebhooksPage />, { route: '/organizer/webhooks' });

    await user.type(await screen.findByRole('textbox', { name: /Receiver URL/ }), subscription.url);
    await user.click(screen.getByRole('checkbox', { name: 'Registrations created' }));
    await user.click(screen.getByRole('button', { name: 'Subscribe' }));

    expect(await screen.findByRole('textbox', { name: 'Signing secret' })).toHaveValue('whsec_c2VjcmV0');
    expect(created).toMatchObject({ url: subscription.url, eventTypes: ['registration.created'] });
  });

  it('asks for a URL and a type before subscribing', async () => {
    server.use(http.get(apiUrl('/api/v1/webhook-subscriptions'), () => HttpResponse.json({ items: [] })));
    const { user } = renderWithProviders(<WebhooksPage />, { route: '/organizer/webhooks' });

    await user.click(await screen.findByRole('button', { name: 'Subscribe' }));

    expect(await screen.findAllByText('Enter the receiver’s https URL.')).not.toHaveLength(0);
    expect(screen.getAllByText('Choose at least one type of change.')).not.toHaveLength(0);
  });

  it('lists deliveries with status and response time, and redelivers one', async () => {
    let redelivered = false;
    server.use(
      http.get(apiUrl('/api/v1/webhook-subscriptions'), () => HttpResponse.json({ items: [subscription] })),
      http.get(apiUrl(`/api/v1/webhook-subscriptions/${subscription.id}/deliveries`), () =>
        HttpResponse.json({ items: [delivery] }),
      ),
      http.post(apiUrl(`/api/v1/webhook-subscriptions/${subscription.id}/deliveries/${delivery.id}/redeliver`), () => {
        redelivered = true;
        return HttpResponse.json({ webhookId: delivery.webhookId }, { status: 202 });
      }),
    );
    const { user } = renderWithProviders(<WebhooksPage />, { route: '/organizer/webhooks' });

    await user.click(await screen.findByRole('button', { name: 'Show deliveries' }));
    const log = await screen.findByRole('region', { name: 'Deliveries' });
    expect(within(log).getByText('Failed (500)')).toBeInTheDocument();
    expect(within(log).getByText('84 ms')).toBeInTheDocument();

    await user.click(within(log).getByRole('button', { name: /Redeliver registration.created/ }));
    expect(await screen.findByText(/Queued: it is sent again/)).toBeInTheDocument();
    expect(redelivered).toBe(true);
  });
});
