import { screen, within } from '@testing-library/react';
import { http, HttpResponse } from 'msw';
import type { CellConsentRequest, Introduction } from '@/lib/api/types';
import { sessionStore } from '@/lib/session/session-store';
import { aConnection, anIntroduction, aProfile, aSession } from '@/testing/fixtures';
import { renderWithProviders } from '@/testing/render';
import { apiUrl, server } from '@/testing/server';
import { IntroductionsPage } from '../routes/IntroductionsPage';

function serveReceived(introduction: Introduction) {
  let current = introduction;
  const answers: { action: string; body: unknown }[] = [];
  server.use(
    http.get(apiUrl('/api/v1/introductions'), () => HttpResponse.json({ items: [current] })),
    http.post(apiUrl('/api/v1/introductions/:id/:action'), async ({ request, params }) => {
      const action = String(params.action);
      answers.push({ action, body: await request.text() });
      current =
        action === 'accept'
          ? { ...current, status: 'ACCEPTED', partyBAnswer: 'ACCEPTED', connectionId: 'c0000000-0000-4000-8000-000000000001' }
          : action === 'decline'
            ? { ...current, status: 'DECLINED', partyBAnswer: 'DECLINED' }
            : { ...current, metByPartyBAt: '2030-06-05T20:00:00-04:00' };
      return HttpResponse.json(current);
    }),
  );
  return answers;
}

function renderPage() {
  sessionStore.start(aSession());
  server.use(http.get(apiUrl('/api/v1/me/profile'), () => HttpResponse.json(aProfile({ cellNumber: '+14105550188' }))));
  return renderWithProviders(<IntroductionsPage />, { route: '/introductions' });
}

describe('Answering an introduction', () => {
  it('accepts, then asks whether to share my cell number when my consent is undecided', async () => {
    const answers = serveReceived(anIntroduction());
    let consent: CellConsentRequest | undefined;
    server.use(
      http.get(apiUrl('/api/v1/connections/:id'), () => HttpResponse.json(aConnection({ myCellConsent: 'UNDECIDED' }))),
      http.put(apiUrl('/api/v1/connections/:id/cell-consent'), async ({ request }) => {
        consent = (await request.json()) as CellConsentRequest;
        return HttpResponse.json(aConnection({ myCellConsent: 'GRANTED' }));
      }),
    );
    const { user } = renderPage();

    const card = await screen.findByRole('article', { name: 'Introduction: Dr. Dana Reyes' });
    expect(within(card).getByText('You refer out cataract cases; I take them.')).toBeInTheDocument();
    await user.type(within(card).getByRole('textbox', { name: 'Message (optional)' }), 'Happy to meet');
    await user.click(within(card).getByRole('button', { name: 'Accept' }));

    const dialog = await screen.findByRole('dialog', { name: 'Share your cell number with Dr. Dana Reyes?' });
    expect(answers).toEqual([{ action: 'accept', body: JSON.stringify({ message: 'Happy to meet' }) }]);
    await user.click(within(dialog).getByRole('button', { name: 'Share my cell number' }));

    expect(consent).toEqual({ consent: 'GRANTED' });
    await vi.waitFor(() => {
      expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
    });
    expect(await screen.findByRole('button', { name: 'We met' })).toBeInTheDocument();
  });

  it('does not ask about the cell number when the profile default already decided it', async () => {
    serveReceived(anIntroduction());
    server.use(
      http.get(apiUrl('/api/v1/connections/:id'), () => HttpResponse.json(aConnection({ myCellConsent: 'GRANTED' }))),
    );
    const { user } = renderPage();

    await user.click(await screen.findByRole('button', { name: 'Accept' }));
    expect(await screen.findByRole('link', { name: 'Open the connection' })).toBeInTheDocument();
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
  });

  it('does not ask about a cell number I have not saved', async () => {
    serveReceived(anIntroduction());
    const served = { consent: false, profile: false };
    const { user } = renderPage();
    server.use(
      http.get(apiUrl('/api/v1/connections/:id'), () => {
        served.consent = true;
        return HttpResponse.json(aConnection({ myCellConsent: 'UNDECIDED' }));
      }),
      http.get(apiUrl('/api/v1/me/profile'), () => {
        served.profile = true;
        return HttpResponse.json(aProfile({ cellNumber: undefined }));
      }),
    );

    await user.click(await screen.findByRole('button', { name: 'Accept' }));
    expect(await screen.findByRole('link', { name: 'Open the connection' })).toBeInTheDocument();
    await vi.waitFor(() => {
      expect(served).toEqual({ consent: true, profile: true });
    });
    await new Promise((settle) => setTimeout(settle, 50));
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
  });

  it('declines, after which it cannot be accepted', async () => {
    const answers = serveReceived(anIntroduction());
    const { user } = renderPage();

    await user.click(await screen.findByRole('button', { name: 'Decline' }));
    expect(await screen.findByText('Declined')).toBeInTheDocument();
    expect(answers.map((answer) => answer.action)).toEqual(['decline']);
    expect(screen.queryByRole('button', { name: 'Accept' })).not.toBeInTheDocument();
  });

  it('lets the requester withdraw a pending request from the sent view', async () => {
    const mine = anIntroduction({
      proposedBy: { id: aSession().account.id, name: 'Dr. Maya Chen' },
      partyA: { id: aSession().account.id, name: 'Dr. Maya Chen' },
      partyB: { id: '7a0c4d2e-5b8f-4e1a-9c3d-2f6e8b1a4c70', name: 'Dr. Dana Reyes' },
    });
    let withdrawn = false;
    server.use(
      http.get(apiUrl('/api/v1/introductions'), () =>
        HttpResponse.json({ items: [withdrawn ? { ...mine, status: 'WITHDRAWN' } : mine] }),
      ),
      http.post(apiUrl('/api/v1/introductions/:id/withdraw'), () => {
        withdrawn = true;
        return HttpResponse.json({ ...mine, status: 'WITHDRAWN' });
      }),
    );
    sessionStore.start(aSession());
    const { user } = renderWithProviders(<IntroductionsPage />, { route: '/introductions?view=sent' });

    await user.click(await screen.findByRole('button', { name: 'Withdraw request' }));
    expect(await screen.findByText('Withdrawn')).toBeInTheDocument();
  });
});
