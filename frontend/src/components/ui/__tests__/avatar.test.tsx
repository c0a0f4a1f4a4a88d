import { screen } from '@testing-library/react';
import { http, HttpResponse } from 'msw';
import { renderWithProviders } from '@/testing/render';
import { apiUrl, problem, server } from '@/testing/server';
import { Avatar, initialsOf } from '../Avatar';

const photoUrl = '/api/v1/attendees/7a0c4d2e-5b8f-4e1a-9c3d-2f6e8b1a4c70/photo?v=one';

describe('Avatar', () => {
  it('shows the photo with the person named in its alternative text', async () => {
    let asked = '';
    server.use(
      http.get(apiUrl('/api/v1/attendees/:attendeeId/photo'), ({ request }) => {
        asked = request.url;
        return HttpResponse.arrayBuffer(new ArrayBuffer(4), { headers: { 'Content-Type': 'image/jpeg' } });
      }),
    );
    renderWithProviders(<Avatar name="Dr. Dana Reyes" photoUrl={photoUrl} />);

    const photo = await screen.findByRole('img', { name: 'Photo of Dr. Dana Reyes' });
    expect(photo.getAttribute('src')).toMatch(/^blob:/);
    expect(asked).toContain('size=thumb');
    expect(asked).toContain('v=one');
  });

  it('shows initials when there is no photo, or when it cannot be loaded', async () => {
    server.use(http.get(apiUrl('/api/v1/attendees/:attendeeId/photo'), () => problem(404, { title: 'Not found' })));
    const { container } = renderWithProviders(
      <>
        <Avatar name="Dr. Amara Okafor" />
        <Avatar name="Julien Tremblay" photoUrl={photoUrl} />
      </>,
    );
    expect(container).toHaveTextContent('AO');
    expect(await screen.findByText('JT')).toBeInTheDocument();
    expect(screen.queryByRole('img')).not.toBeInTheDocument();
  });

  it('takes initials from the first and last names, leaving titles out', () => {
    expect(initialsOf('Dr. Priya Raman')).toBe('PR');
    expect(initialsOf('Prof. Jean-Luc de la Croix')).toBe('JC');
    expect(initialsOf('Cher')).toBe('C');
  });
});
