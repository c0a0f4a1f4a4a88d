import { screen, within } from '@testing-library/react';
import { http, HttpResponse } from 'msw';
import { Route, Routes } from 'react-router';
import type { IntroductionAllowance, IntroductionRequest, Suggestion } from '@/lib/api/types';
import { sessionStore } from '@/lib/session/session-store';
import { anEvent, anIntroduction, aSession } from '@/testing/fixtures';
import { renderWithProviders } from '@/testing/render';
import { apiUrl, problem, server } from '@/testing/server';
import { WhomToMeetPage } from '../routes/WhomToMeetPage';

const event = anEvent({ title: 'Boston Retina Night' });

function aSuggestion(overrides: Partial<Suggestion> = {}): Suggestion {
  return {
    attendee: {
      attendeeId: '7a0c4d2e-5b8f-4e1a-9c3d-2f6e8b1a4c70',
      fullName: 'Dr. Dana Reyes',
      credentials: ['OD'],
      specialty: { code: '152W00000X', name: 'Optometrist' },
      city: 'Boston',
      wantsReferred: [],
      doesNotTake: [],
      refersOut: ['cataract surgery'],
    },
    score: 12,
    reasons: [
      { kind: 'REFERS_TO_YOU', text: 'They refer out cataract surgery; you want it referred', tag: 'cataract surgery' },
      { kind: 'SAME_CITY', text: 'Both of you practice in Boston' },
    ],
    ...overrides,
  };
}

function serve({
  suggestions = [aSuggestion()],
  allowance = { eventId: event.id, openRequestLimit: 5, openRequests: 2, remaining: 3, closesAt: event.endsAt },
  received = [],
}: {
  suggestions?: Suggestion[];
  allowance?: IntroductionAllowance;
  received?: ReturnType<typeof anIntroduction>[];
} = {}) {
  server.use(
    http.get(apiUrl('/api/v1/events/:eventId'), () => HttpResponse.json(event)),
    http.get(apiUrl('/api/v1/events/:eventId/suggestions'), () => HttpResponse.json({ items: suggestions })),
    http.get(apiUrl('/api/v1/events/:eventId/introduction-allowance'), () => HttpResponse.json(allowance)),
    http.get(apiUrl('/api/v1/introductions'), ({ request }) =>
      HttpResponse.json({
        items: new URL(request.url).searchParams.get('direction') === 'RECEIVED' ? received : [],
      }),
    ),
  );
}

function renderPage() {
  sessionStore.start(aSession());
  return renderWithProviders(
    <Routes>
      <Route path="/events/:eventId/meet" element={<WhomToMeetPage />} />
    </Routes>,
    { route: `/events/${event.id}/meet` },
  );
}

describe('Whom to meet', () => {
  it('shows each suggested person’s photo, or their initials when they have none', async () => {
    const withPhoto = aSuggestion();
    withPhoto.attendee.photoUrl = `/api/v1/attendees/${withPhoto.attendee.attendeeId}/photo?v=one`;
    const withoutPhoto = aSuggestion();
    withoutPhoto.attendee = { ...withoutPhoto.attendee, attendeeId: 'b1d2c3e4-0000-4000-8000-000000000002', fullName: 'Dr. Amara Okafor' };
    serve({ suggestions: [withPhoto, withoutPhoto] });
    server.use(
      http.get(apiUrl('/api/v1/attendees/:attendeeId/photo'), () =>
        HttpResponse.arrayBuffer(new ArrayBuffer(4), { headers: { 'Content-Type': 'image/jpeg' } }),
      ),
    );
    renderPage();

    const dana = await screen.findByRole('article', { name: 'Dr. Dana Reyes' });
    expect(await within(dana).findByRole('img', { name: 'Photo of Dr. Dana Reyes' })).toBeInTheDocument();
    const amara = screen.getByRole('article', { name: 'Dr. Amara Okafor' });
    expect(within(amara).queryByRole('img')).not.toBeInTheDocument();
    expect(amara).toHaveTextContent('AO');
  });

  it('lists people with their reasons in plain words, and the requests left with why there is a cap', async () => {
    serve();
    renderPage();

    const dana = await screen.findByRole('article', { name: 'Dr. Dana Reyes' });
    expect(within(dana).getByText('They refer out cataract surgery; you want it referred')).toBeInTheDocument();
    expect(within(dana).getByText('Both of you practice in Boston')).toBeInTheDocument();
    expect(await screen.findByText('3 of 5 requests left at this event')).toBeInTheDocument();
    expect(screen.getByText(/Depth over count/)).toBeInTheDocument();
    expect(screen.getByText('Boston Retina Night')).toBeInTheDocument();
  });

  it('asks for a reason before sending a request, then sends it', async () => {
    serve();
    let sent: IntroductionRequest | undefined;
    server.use(
      http.post(apiUrl('/api/v1/introductions'), async ({ request }) => {
        sent = (await request.json()) as IntroductionRequest;
        return HttpResponse.json(anIntroduction({ eventId: event.id, reason: sent.reason }), { status: 201 });
      }),
    );
    const { user } = renderPage();

    await user.click(await screen.findByRole('button', { name: 'Ask for an introduction to Dr. Dana Reyes' }));
    const reason = screen.getByRole('textbox', { name: 'Why do you want to meet?' });
    expect(reason).toHaveFocus();
    await user.click(screen.getByRole('button', { name: 'Send request' }));
    expect(reason).toHaveAccessibleDescription(/Say in a sentence why you want to meet/);
    expect(sent).toBeUndefined();

    await user.type(reason, 'I send you cataract cases from Back Bay');
    await user.click(screen.getByRole('button', { name: 'Send request' }));

    expect(await screen.findByText('Request sent')).toBeInTheDocument();
    expect(sent).toEqual({
      eventId: event.id,
      recipientId: '7a0c4d2e-5b8f-4e1a-9c3d-2f6e8b1a4c70',
      reason: 'I send you cataract cases from Back Bay',
    });
  });

  it('shows the server’s refusal over the cap next to the reason', async () => {
    serve();
    server.use(
      http.post(apiUrl('/api/v1/introductions'), () =>
        problem(409, { title: 'Conflict', detail: 'You have 5 open requests at this event, the most it allows' }),
      ),
    );
    const { user } = renderPage();

    await user.click(await screen.findByRole('button', { name: 'Ask for an introduction to Dr. Dana Reyes' }));
    await user.type(screen.getByRole('textbox', { name: 'Why do you want to meet?' }), 'Cataract referrals');
    await user.click(screen.getByRole('button', { name: 'Send request' }));

    expect(await screen.findByText('You have 5 open requests at this event, the most it allows')).toBeInTheDocument();
  });

  it('turns off asking when no requests are left, and says who was already asked', async () => {
    serve({
      suggestions: [
        aSuggestion(),
        aSuggestion({
          attendee: { ...aSuggestion().attendee, attendeeId: '1b2c3d4e-5f60-4718-8a9b-0c1d2e3f4a5b', fullName: 'Dr. Sam Okafor' },
          introduction: 'PENDING',
        }),
      ],
      allowance: { eventId: event.id, openRequestLimit: 5, openRequests: 5, remaining: 0, closesAt: event.endsAt },
    });
    renderPage();

    expect(await screen.findByRole('button', { name: 'Ask for an introduction to Dr. Dana Reyes' })).toBeDisabled();
    expect(within(screen.getByRole('article', { name: 'Dr. Sam Okafor' })).getByText('Request sent')).toBeInTheDocument();
    expect(await screen.findByText('0 of 5 requests left at this event')).toBeInTheDocument();
  });

  it('points to the profile when there are no suggestions', async () => {
    serve({ suggestions: [] });
    renderPage();

    expect(await screen.findByRole('heading', { name: 'No suggestions yet' })).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Complete your profile' })).toHaveAttribute('href', '/profile');
  });
});
