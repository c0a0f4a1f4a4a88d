import { screen, within } from '@testing-library/react';
import { http, HttpResponse } from 'msw';
import { Route, Routes } from 'react-router';
import { anAttendee } from '@/testing/fixtures';
import { renderWithProviders } from '@/testing/render';
import { apiUrl, problem, server } from '@/testing/server';
import { PersonPage } from '../routes/PersonPage';

function renderPerson(attendeeId: string) {
  return renderWithProviders(
    <Routes>
      <Route path="/people/:attendeeId" element={<PersonPage />} />
    </Routes>,
    { route: `/people/${attendeeId}` },
  );
}

describe('Someone’s profile', () => {
  it('shows who they are, what they want referred and refer out, and only the contact fields sent', async () => {
    const dana = anAttendee({ bio: 'Contact lenses for hard cases.', linkedinUrl: 'https://www.linkedin.com/in/dana' });
    server.use(http.get(apiUrl('/api/v1/attendees/:attendeeId'), () => HttpResponse.json(dana)));
    renderPerson(dana.attendeeId);

    expect(await screen.findByRole('heading', { level: 1, name: 'Dr. Dana Reyes, OD' })).toBeInTheDocument();
    expect(screen.getByText('Optometrist · Harbor Eye Associates · Baltimore')).toBeInTheDocument();
    const wanted = screen.getByRole('list', { name: 'Wants referred' });
    expect(within(wanted).getByText('contact lens fitting')).toBeInTheDocument();
    expect(within(screen.getByRole('list', { name: 'Refers out' })).getByText('cataract surgery')).toBeInTheDocument();
    expect(screen.getByText('Contact lenses for hard cases.')).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'https://www.linkedin.com/in/dana' })).toBeInTheDocument();
    expect(screen.queryByText('Email')).not.toBeInTheDocument();
    expect(screen.queryByText('Cell')).not.toBeInTheDocument();
  });

  it('says the profile is not there when the server will not show it', async () => {
    server.use(http.get(apiUrl('/api/v1/attendees/:attendeeId'), () => problem(404, { title: 'Not Found' })));
    renderPerson('7a0c4d2e-5b8f-4e1a-9c3d-2f6e8b1a4c70');

    expect(await screen.findByRole('heading', { level: 1, name: 'Profile not found' })).toBeInTheDocument();
  });
});
