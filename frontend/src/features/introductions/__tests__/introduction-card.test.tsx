import { screen, within } from '@testing-library/react';
import { http, HttpResponse } from 'msw';
import { sessionStore } from '@/lib/session/session-store';
import { anAccount, anIntroduction, aProfile, aSession } from '@/testing/fixtures';
import { renderWithProviders } from '@/testing/render';
import { apiUrl, server } from '@/testing/server';
import { IntroductionsPage } from '../routes/IntroductionsPage';

const requesterId = '7a0c4d2e-5b8f-4e1a-9c3d-2f6e8b1a4c70';
const photoUrl = `/api/v1/attendees/${requesterId}/photo?v=one`;

function renderWith(introduction: ReturnType<typeof anIntroduction>) {
  sessionStore.start(aSession());
  server.use(
    http.get(apiUrl('/api/v1/me/profile'), () => HttpResponse.json(aProfile())),
    http.get(apiUrl('/api/v1/introductions'), () => HttpResponse.json({ items: [introduction] })),
    http.get(apiUrl('/api/v1/attendees/:attendeeId/photo'), () =>
      HttpResponse.arrayBuffer(new ArrayBuffer(4), { headers: { 'Content-Type': 'image/jpeg' } }),
    ),
  );
  return renderWithProviders(<IntroductionsPage />, { route: '/introductions' });
}

describe('An introduction card', () => {
  it('shows the requester’s photo, specialty, practice, city and tags as chips, and links to their profile', async () => {
    const requester = {
      id: requesterId,
      name: 'Dr. Dana Reyes',
      profile: {
        specialty: { code: '207W00000X', name: 'Ophthalmology' },
        practiceName: 'Harbor Eye Associates',
        city: 'Baltimore',
        wantsReferred: ['retinal detachment', 'diabetic retinopathy'],
        refersOut: ['cataract surgery'],
        photoUrl,
      },
    };
    renderWith(anIntroduction({ proposedBy: requester, partyA: requester }));

    const card = await screen.findByRole('article', { name: 'Introduction: Dr. Dana Reyes' });
    expect(await within(card).findByRole('img', { name: 'Photo of Dr. Dana Reyes' })).toBeInTheDocument();
    expect(within(card).getByText('Ophthalmology · Harbor Eye Associates · Baltimore')).toBeInTheDocument();
    const wanted = within(card).getByRole('list', { name: 'Wants referred' });
    expect(within(wanted).getAllByRole('listitem').map((chip) => chip.textContent)).toEqual([
      'retinal detachment',
      'diabetic retinopathy',
    ]);
    const out = within(card).getByRole('list', { name: 'Refers out' });
    expect(within(out).getAllByRole('listitem').map((chip) => chip.textContent)).toEqual(['cataract surgery']);
    expect(within(card).getByRole('link', { name: 'Dr. Dana Reyes’s profile' })).toHaveAttribute(
      'href',
      `/people/${requesterId}`,
    );
  });

  it('shows only initials and the name of someone whose profile the viewer may not see', async () => {
    const hidden = { id: requesterId, name: 'Dr. Dana Reyes' };
    const me = { id: anAccount().id, name: 'Dr. Maya Chen' };
    const { container } = renderWith(anIntroduction({ proposedBy: hidden, partyA: hidden, partyB: me }));

    const card = await screen.findByRole('article', { name: 'Introduction: Dr. Dana Reyes' });
    expect(container).toHaveTextContent('DR');
    expect(within(card).queryByRole('img')).not.toBeInTheDocument();
    expect(within(card).queryByRole('list', { name: 'Wants referred' })).not.toBeInTheDocument();
    expect(within(card).queryByRole('link', { name: /profile/ })).not.toBeInTheDocument();
  });
});
