import { fireEvent, screen } from '@testing-library/react';
import { http, HttpResponse } from 'msw';
import type { MyProfile } from '@/lib/api/types';
import { aProfile } from '@/testing/fixtures';
import { renderWithProviders } from '@/testing/render';
import { apiUrl, problem, server } from '@/testing/server';
import { PhotoField } from '../components/PhotoField';

const photoUrl = '/api/v1/attendees/7a0c4d2e-5b8f-4e1a-9c3d-2f6e8b1a4c70/photo?v=two';

function servePhoto() {
  server.use(
    http.get(apiUrl('/api/v1/attendees/:attendeeId/photo'), () =>
      HttpResponse.arrayBuffer(new ArrayBuffer(4), { headers: { 'Content-Type': 'image/jpeg' } }),
    ),
    http.get(apiUrl('/api/v1/me/profile'), () => HttpResponse.json<MyProfile>(aProfile({ photoUrl }))),
  );
}

function aFile(type = 'image/jpeg', bytes = 16) {
  return new File([new Uint8Array(bytes)], 'me.jpg', { type });
}

describe('Profile photo', () => {
  it('uploads the chosen file with its own media type and shows the saved photo', async () => {
    servePhoto();
    let sentType: string | null = null;
    server.use(
      http.put(apiUrl('/api/v1/me/profile/photo'), ({ request }) => {
        sentType = request.headers.get('Content-Type');
        return HttpResponse.json({ photoUrl });
      }),
    );
    const { user } = renderWithProviders(<PhotoField name="Dr. Maya Chen" />);

    await user.upload(screen.getByLabelText('Add a photo'), aFile('image/png', 32));

    expect(sentType).toBe('image/png');
  });

  it('refuses files of another type or over 5 MB before sending them', async () => {
    renderWithProviders(<PhotoField name="Dr. Maya Chen" />);
    const input = screen.getByLabelText('Add a photo');

    // The file picker offers only the accepted types; a drop or another browser may still hand over a GIF.
    fireEvent.change(input, { target: { files: [aFile('image/gif')] } });
    expect(await screen.findByRole('alert')).toHaveTextContent('Choose a JPEG, PNG or WebP image.');
    expect(input).toBeInvalid();

    fireEvent.change(input, { target: { files: [aFile('image/jpeg', 5 * 1024 * 1024 + 1)] } });
    expect(await screen.findByRole('alert')).toHaveTextContent('Choose a photo of at most 5 MB.');
  });

  it('tells what the server refused, in its words', async () => {
    server.use(
      http.put(apiUrl('/api/v1/me/profile/photo'), () =>
        problem(400, {
          title: 'Invalid input',
          errors: [{ field: 'photo', message: 'The photo could not be read; send a JPEG, PNG or WebP image' }],
        }),
      ),
    );
    const { user } = renderWithProviders(<PhotoField name="Dr. Maya Chen" />);

    await user.upload(screen.getByLabelText('Add a photo'), aFile());

    expect(await screen.findByRole('alert')).toHaveTextContent('The photo could not be read');
  });

  it('shows the photo and removes it on request', async () => {
    servePhoto();
    let removed = false;
    server.use(
      http.delete(apiUrl('/api/v1/me/profile/photo'), () => {
        removed = true;
        return new HttpResponse(null, { status: 204 });
      }),
    );
    const { user } = renderWithProviders(<PhotoField name="Dr. Maya Chen" photoUrl={photoUrl} />);

    expect(await screen.findByRole('img', { name: 'Photo of Dr. Maya Chen' })).toBeInTheDocument();
    expect(screen.getByLabelText('Replace photo')).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Remove photo' }));

    expect(removed).toBe(true);
  });
});
