import { screen, within } from '@testing-library/react';
import { http, HttpResponse } from 'msw';
import type { IntegrationClient, IntegrationClientRequest } from '@/lib/api/types';
import { renderWithProviders } from '@/testing/render';
import { apiUrl, problem, server } from '@/testing/server';
import { IntegrationsPage } from '../routes/IntegrationsPage';

const KEY = 'rnd_Q2xhc3NpZmllZC1leGFtcGxlLW5vdC1hLXJlYWwta2V5MDE';
const ROTATED = 'rnd_U2Vjb25kLWV4YW1wbGUta2V5LW5vdC1yZWFsLWF0LWFsbDAx';

function aClient(overrides: Partial<IntegrationClient> = {}): IntegrationClient {
  return {
    id: '6f1c2a52-8d1e-4f0a-9a53-0a2d9c7e3b11',
    name: 'Harbor Eye CRM',
    scopes: ['events:read', 'registrations:read'],
    keyHint: 'rnd_Q2xh',
    createdAt: '2030-06-01T10:00:00Z',
    lastUsedAt: '2030-06-02T09:30:00Z',
    ...overrides,
  };
}

/** Serves a list of clients that creations, rotations and revocations change, and records what was asked. */
function serveClients(initial: IntegrationClient[]) {
  let clients = [...initial];
  const asked: { created: IntegrationClientRequest[]; rotated: string[]; revoked: string[] } = {
    created: [],
    rotated: [],
    revoked: [],
  };
  server.use(
    http.get(apiUrl('/api/v1/integration-clients'), () => HttpResponse.json({ items: clients })),
    http.post(apiUrl('/api/v1/integration-clients'), async ({ request }) => {
      const body = (await request.json()) as IntegrationClientRequest;
      asked.created.push(body);
      const client = aClient({ id: 'a0a0a0a0-1111-4222-8333-444455556666', name: body.name, scopes: body.scopes });
      delete client.lastUsedAt;
      clients = [client, ...clients];
      return HttpResponse.json({ client, key: KEY }, { status: 201 });
    }),
    http.post(apiUrl('/api/v1/integration-clients/:clientId/rotate'), ({ params }) => {
      asked.rotated.push(String(params.clientId));
      const client = aClient({ previousKeyExpiresAt: '2030-06-03T10:00:00Z', keyHint: 'rnd_U2Vj' });
      clients = clients.map((c) => (c.id === client.id ? client : c));
      return HttpResponse.json({ client, key: ROTATED });
    }),
    http.delete(apiUrl('/api/v1/integration-clients/:clientId'), ({ params }) => {
      asked.revoked.push(String(params.clientId));
      clients = clients.map((c) => (c.id === params.clientId ? { ...c, revokedAt: '2030-06-02T12:00:00Z' } : c));
      return new HttpResponse(null, { status: 204 });
    }),
  );
  return asked;
}

describe('Integrations page', () => {
  it('lists each client with its scopes, key hint and last use', async () => {
    serveClients([aClient(), aClient({ id: 'b1b1b1b1-1111-4222-8333-444455556666', name: 'Old mailer', revokedAt: '2030-05-01T10:00:00Z' })]);
    renderWithProviders(<IntegrationsPage />, { route: '/organizer/integrations' });

    const table = await screen.findByRole('table', { name: 'Integration clients' });
    const harbor = within(table).getByRole('row', { name: /Harbor Eye CRM/ });
    expect(within(harbor).getByText('events:read, registrations:read')).toBeInTheDocument();
    expect(within(harbor).getByText('rnd_Q2xh…')).toBeInTheDocument();
    expect(within(harbor).queryByText('Never')).not.toBeInTheDocument();
    const old = within(table).getByRole('row', { name: /Old mailer/ });
    expect(within(old).getByText('Revoked')).toBeInTheDocument();
    expect(within(old).queryByRole('button')).not.toBeInTheDocument();
  });

  it('creates a client with the ticked scopes and shows its key once, with a copy button', async () => {
    const asked = serveClients([]);
    const { user } = renderWithProviders(<IntegrationsPage />, { route: '/organizer/integrations' });
    await screen.findByText('No integrations yet');

    await user.click(screen.getByRole('button', { name: 'Create key' }));
    expect(await screen.findByText('Name the integration, e.g. the CRM it is for.', { selector: 'li *, li' })).toBeInTheDocument();
    expect(asked.created).toHaveLength(0);

    await user.type(screen.getByRole('textbox', { name: /Name/ }), 'Harbor Eye CRM');
    await user.click(screen.getByRole('checkbox', { name: 'Read events' }));
    await user.click(screen.getByRole('checkbox', { name: /Read attendee profiles/ }));
    await user.click(screen.getByRole('button', { name: 'Create key' }));

    expect(await screen.findByRole('textbox', { name: 'API key' })).toHaveValue(KEY);
    expect(asked.created).toEqual([{ name: 'Harbor Eye CRM', scopes: ['events:read', 'attendees:read'] }]);
    await user.click(screen.getByRole('button', { name: 'Copy key' }));
    expect(await screen.findByText('Key copied.')).toBeInTheDocument();
    expect(await navigator.clipboard.readText()).toBe(KEY);

    await user.click(screen.getByRole('button', { name: 'I have stored the key' }));
    expect(screen.queryByRole('textbox', { name: 'API key' })).not.toBeInTheDocument();
    expect(await screen.findByRole('row', { name: /Harbor Eye CRM/ })).toBeInTheDocument();
  });

  it('shows a refused scope at the scopes', async () => {
    serveClients([]);
    server.use(
      http.post(apiUrl('/api/v1/integration-clients'), () =>
        problem(400, {
          title: 'Invalid input',
          detail: 'unknown scope calendar:write',
          errors: [{ field: 'scopes', message: 'unknown scope calendar:write' }],
        }),
      ),
    );
    const { user } = renderWithProviders(<IntegrationsPage />, { route: '/organizer/integrations' });
    await screen.findByText('No integrations yet');
    await user.type(screen.getByRole('textbox', { name: /Name/ }), 'CRM');
    await user.click(screen.getByRole('checkbox', { name: 'Read events' }));
    await user.click(screen.getByRole('button', { name: 'Create key' }));

    expect((await screen.findAllByText(/unknown scope calendar:write/)).length).toBeGreaterThan(0);
  });

  it('rotates a key after confirming and shows the new key', async () => {
    const asked = serveClients([aClient()]);
    const { user } = renderWithProviders(<IntegrationsPage />, { route: '/organizer/integrations' });

    await user.click(await screen.findByRole('button', { name: 'Rotate key: Harbor Eye CRM' }));
    const dialog = await screen.findByRole('dialog', { name: 'Rotate the key of Harbor Eye CRM?' });
    await user.click(within(dialog).getByRole('button', { name: 'Rotate key' }));

    expect(await screen.findByRole('textbox', { name: 'API key' })).toHaveValue(ROTATED);
    expect(asked.rotated).toEqual([aClient().id]);
    expect(await screen.findByText(/Old key works until/)).toBeInTheDocument();
  });

  it('revokes only after confirming', async () => {
    const asked = serveClients([aClient()]);
    const { user } = renderWithProviders(<IntegrationsPage />, { route: '/organizer/integrations' });

    await user.click(await screen.findByRole('button', { name: 'Revoke Harbor Eye CRM' }));
    let dialog = await screen.findByRole('dialog', { name: 'Revoke Harbor Eye CRM?' });
    await user.click(within(dialog).getByRole('button', { name: 'Go back' }));
    expect(asked.revoked).toHaveLength(0);

    await user.click(screen.getByRole('button', { name: 'Revoke Harbor Eye CRM' }));
    dialog = await screen.findByRole('dialog', { name: 'Revoke Harbor Eye CRM?' });
    await user.click(within(dialog).getByRole('button', { name: 'Revoke' }));

    expect(await screen.findByText('Revoked')).toBeInTheDocument();
    expect(asked.revoked).toEqual([aClient().id]);
  });
});
