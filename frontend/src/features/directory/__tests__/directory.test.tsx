import { screen, waitFor, within } from '@testing-library/react';
import { http, HttpResponse } from 'msw';
import { Route, Routes } from 'react-router';
import type { EventAttendeePage } from '@/lib/api/types';
import { sessionStore } from '@/lib/session/session-store';
import { anAttendee, anEvent, aSession, aSpecialty } from '@/testing/fixtures';
import { renderWithProviders } from '@/testing/render';
import { apiUrl, problem, server } from '@/testing/server';
import { DirectoryPage } from '../routes/DirectoryPage';

const event = anEvent({ title: 'Boston Retina Night' });
const reyes = anAttendee({ fullName: 'Dr. Dana Reyes' });
const okafor = anAttendee({
  fullName: 'Dr. Amara Okafor',
  city: 'Boston',
  specialty: { code: '207W00000X', name: 'Ophthalmology' },
  wantsReferred: ['retinal detachment'],
  refersOut: [],
});

function serve(answer: (query: URLSearchParams) => Response) {
  const asked: URLSearchParams[] = [];
  server.use(
    http.get(apiUrl('/api/v1/events/:eventId'), () => HttpResponse.json(event)),
    http.get(apiUrl('/api/v1/specialties'), () =>
      HttpResponse.json({ items: [aSpecialty(), aSpecialty({ code: '207WX0107X', name: 'Retina', parentCode: '207W00000X' })] }),
    ),
    http.get(apiUrl('/api/v1/events/:eventId/attendees'), ({ request }) => {
      const query = new URL(request.url).searchParams;
      asked.push(query);
      return answer(query);
    }),
  );
  return asked;
}

function page(...profiles: (typeof reyes)[]): Response {
  return HttpResponse.json<EventAttendeePage>({
    items: profiles.map((profile, at) => ({ registrationId: `r${String(at)}`, checkedIn: at === 0, profile })),
  });
}

function renderPage() {
  sessionStore.start(aSession());
  return renderWithProviders(
    <Routes>
      <Route path="/events/:eventId/people" element={<DirectoryPage />} />
    </Routes>,
    { route: `/events/${event.id}/people` },
  );
}

describe('Attendee directory', () => {
  it('lists who attends with specialty, place and referral tags', async () => {
    serve(() => page(okafor, reyes));
    renderPage();

    const amara = await screen.findByRole('article', { name: /Dr. Amara Okafor/ });
    expect(amara).toHaveTextContent('Ophthalmology');
    expect(amara).toHaveTextContent('Harbor Eye Associates, Boston');
    expect(amara).toHaveTextContent('Wants referred: retinal detachment');
    expect(amara).toHaveTextContent('Here now');
    expect(within(amara).getByText('AO')).toBeInTheDocument();
    expect(screen.getByRole('status')).toHaveTextContent('2 attendees');
  });

  it('searches by name and filters by specialty and city', async () => {
    const asked = serve((query) => (query.get('q') === 'okaf' ? page(okafor) : page(okafor, reyes)));
    const { user } = renderPage();
    await screen.findByRole('article', { name: /Dr. Dana Reyes/ });

    await user.type(screen.getByRole('searchbox', { name: 'Name' }), 'okaf');
    await user.selectOptions(screen.getByRole('combobox', { name: 'Specialty' }), '207W00000X');
    await user.type(screen.getByRole('textbox', { name: 'City' }), 'Boston');

    await waitFor(() => {
      expect(asked[asked.length - 1]?.get('city')).toBe('Boston');
    });
    const last = asked[asked.length - 1];
    expect(last?.get('q')).toBe('okaf');
    expect(last?.get('specialty')).toBe('207W00000X');
    expect(last?.get('city')).toBe('Boston');
    await waitFor(() => {
      expect(screen.queryByRole('article', { name: /Dr. Dana Reyes/ })).not.toBeInTheDocument();
    });
    expect(screen.getByRole('status')).toHaveTextContent('1 attendee');
    expect(screen.queryByRole('option', { name: 'Retina' })).not.toBeInTheDocument();
  });

  it('says when nobody matches', async () => {
    serve((query) => (query.get('q') ? page() : page(reyes)));
    const { user } = renderPage();
    await screen.findByRole('article', { name: /Dr. Dana Reyes/ });

    await user.type(screen.getByRole('searchbox', { name: 'Name' }), 'zz');

    expect(await screen.findByRole('heading', { name: 'Nobody matches' })).toBeInTheDocument();
  });

  it('tells someone without a seat that the directory is for attendees', async () => {
    serve(() => problem(403, { title: 'Forbidden' }));
    renderPage();

    expect(await screen.findByRole('heading', { name: "Only for this event's attendees" })).toBeInTheDocument();
    expect(screen.queryByRole('search')).not.toBeInTheDocument();
  });
});
