import { screen, within } from '@testing-library/react';
import { http, HttpResponse } from 'msw';
import { Route, Routes } from 'react-router';
import type { PairSuggestion } from '@/lib/api/types';
import { aDashboard, anEvent } from '@/testing/fixtures';
import { renderWithProviders } from '@/testing/render';
import { apiUrl, server } from '@/testing/server';
import { EventDashboardRoute } from '../EventDashboardRoute';

const event = anEvent({ status: 'COMPLETED' });

function attendee(attendeeId: string, fullName: string): PairSuggestion['first'] {
  return {
    attendeeId,
    fullName,
    credentials: ['MD'],
    specialty: { code: '207W00000X', name: 'Ophthalmology' },
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

describe('Event dashboard route', () => {
  it('offers the best pairs to broker beside the figures, the reason prefilled', async () => {
    server.use(
      http.get(apiUrl('/api/v1/events/:eventId'), () => HttpResponse.json(event)),
      http.get(apiUrl('/api/v1/dashboard/events/:eventId'), () => HttpResponse.json(aDashboard())),
      http.get(apiUrl('/api/v1/events/:eventId/pair-suggestions'), () => HttpResponse.json({ items: [pair] })),
    );
    const { user } = renderWithProviders(
      <Routes>
        <Route path="/organizer/events/:eventId/dashboard" element={<EventDashboardRoute />} />
      </Routes>,
      { route: `/organizer/events/${event.id}/dashboard` },
    );

    expect(await screen.findByRole('heading', { level: 2, name: 'Broker introductions' })).toBeInTheDocument();
    const card = await screen.findByRole('article', { name: 'Dr. Amara Okafor and Dr. Dana Reyes' });
    await user.click(
      within(card).getByRole('button', { name: 'Broker introduction: Dr. Amara Okafor and Dr. Dana Reyes' }),
    );
    expect(within(card).getByRole('textbox', { name: 'Why should they meet?' })).toHaveValue(
      'Dr. Amara Okafor refers out glaucoma; Dr. Dana Reyes wants it',
    );
    expect(screen.getByRole('link', { name: 'All suggested pairs' })).toHaveAttribute(
      'href',
      `/organizer/events/${event.id}/pairs`,
    );
  });
});
