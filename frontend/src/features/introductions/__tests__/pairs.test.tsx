import { screen, within } from '@testing-library/react';
import { http, HttpResponse } from 'msw';
import { Route, Routes } from 'react-router';
import type { IntroductionRequest, PairSuggestion } from '@/lib/api/types';
import { anEvent, anIntroduction } from '@/testing/fixtures';
import { renderWithProviders } from '@/testing/render';
import { apiUrl, problem, server } from '@/testing/server';
import { EventPairsPage } from '../routes/EventPairsPage';

const event = anEvent({ title: 'Boston Retina Night' });

function attendee(attendeeId: string, fullName: string): PairSuggestion['first'] {
  return {
    attendeeId,
    fullName,
    credentials: ['MD'],
    specialty: { code: '207W00000X', name: 'Ophthalmology' },
    city: 'Boston',
    wantsReferred: [],
    doesNotTake: [],
    refersOut: [],
  };
}

const pair: PairSuggestion = {
  first: attendee('11111111-1111-4111-8111-111111111111', 'Dr. Amara Okafor'),
  second: attendee('22222222-2222-4222-8222-222222222222', 'Dr. Dana Reyes'),
  score: 9,
  reasons: [{ kind: 'REFERS_TO_THEM', text: 'Dr. Amara Okafor refers out glaucoma; Dr. Dana Reyes wants it', tag: 'glaucoma' }],
};

function renderPage() {
  return renderWithProviders(
    <Routes>
      <Route path="/organizer/events/:eventId/pairs" element={<EventPairsPage />} />
    </Routes>,
    { route: `/organizer/events/${event.id}/pairs` },
  );
}

describe('Suggested pairs', () => {
  it('lists the best pairs with their reasons and brokers an introduction with a reason', async () => {
    let sent: IntroductionRequest | undefined;
    server.use(
      http.get(apiUrl('/api/v1/events/:eventId'), () => HttpResponse.json(event)),
      http.get(apiUrl('/api/v1/events/:eventId/pair-suggestions'), () => HttpResponse.json({ items: [pair] })),
      http.post(apiUrl('/api/v1/introductions'), async ({ request }) => {
        sent = (await request.json()) as IntroductionRequest;
        return HttpResponse.json(anIntroduction({ kind: 'BROKERED' }), { status: 201 });
      }),
    );
    const { user } = renderPage();

    const card = await screen.findByRole('article', { name: 'Dr. Amara Okafor and Dr. Dana Reyes' });
    expect(within(card).getByText('Dr. Amara Okafor refers out glaucoma; Dr. Dana Reyes wants it')).toBeInTheDocument();
    await user.click(
      within(card).getByRole('button', { name: 'Broker introduction: Dr. Amara Okafor and Dr. Dana Reyes' }),
    );
    const reason = within(card).getByRole('textbox', { name: 'Why should they meet?' });
    await user.clear(reason);
    await user.click(within(card).getByRole('button', { name: 'Propose introduction' }));
    expect(reason).toHaveAccessibleDescription(/Say why the two should meet/);

    await user.type(reason, 'Glaucoma referrals across town');
    await user.click(within(card).getByRole('button', { name: 'Propose introduction' }));

    expect(await within(card).findByText('Introduction proposed')).toBeInTheDocument();
    expect(sent).toEqual({
      eventId: event.id,
      partyAId: pair.first.attendeeId,
      partyBId: pair.second.attendeeId,
      reason: 'Glaucoma referrals across town',
    });
  });

  it('says when there are no pairs yet', async () => {
    server.use(
      http.get(apiUrl('/api/v1/events/:eventId'), () => HttpResponse.json(event)),
      http.get(apiUrl('/api/v1/events/:eventId/pair-suggestions'), () => HttpResponse.json({ items: [] })),
    );
    renderPage();
    expect(await screen.findByRole('heading', { name: 'No pairs to suggest yet' })).toBeInTheDocument();
  });

  it('offers a retry when the pairs cannot be loaded', async () => {
    server.use(
      http.get(apiUrl('/api/v1/events/:eventId'), () => HttpResponse.json(event)),
      http.get(apiUrl('/api/v1/events/:eventId/pair-suggestions'), () => problem(500, { title: 'Server Error' })),
    );
    renderPage();
    expect(await screen.findByRole('alert')).toHaveTextContent('We could not load the suggested pairs');
  });
});
