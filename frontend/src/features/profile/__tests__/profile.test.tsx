import { screen, within } from '@testing-library/react';
import { http, HttpResponse } from 'msw';
import type { MyProfile, ProfileRequest } from '@/lib/api/types';
import { aProfile, aSpecialty } from '@/testing/fixtures';
import { renderWithProviders } from '@/testing/render';
import { apiUrl, problem, server } from '@/testing/server';
import { ProfilePage } from '../routes/ProfilePage';

const specialties = [
  aSpecialty(),
  aSpecialty({
    code: '207WX0107X',
    name: 'Retina Specialist',
    parentCode: '207W00000X',
    suggestedTags: ['macular degeneration', 'retinal detachment'],
  }),
  aSpecialty({ code: '152W00000X', name: 'Optometrist', grouping: 'Optometrist', suggestedTags: ['contact lenses'] }),
];

function serveProfile(profile: MyProfile = aProfile()) {
  server.use(
    http.get(apiUrl('/api/v1/me/profile'), () => HttpResponse.json(profile)),
    http.get(apiUrl('/api/v1/specialties'), () => HttpResponse.json({ items: specialties })),
    http.get(apiUrl('/api/v1/me/notification-preferences'), () =>
      HttpResponse.json({ introductions: true, reminders: true, eventChanges: true }),
    ),
  );
}

async function renderProfile() {
  const rendered = renderWithProviders(<ProfilePage />, { route: '/profile' });
  await screen.findByRole('form', { name: 'Your profile' });
  await screen.findByRole('option', { name: 'Ophthalmology' });
  return rendered;
}

describe('Profile editor', () => {
  it('checks the NPI as soon as the field is left, and clears the error once it is right', async () => {
    serveProfile();
    const { user } = await renderProfile();
    const npi = screen.getByRole('textbox', { name: 'NPI' });

    await user.type(npi, '1234567890');
    await user.tab();
    expect(npi).toHaveAccessibleDescription(/last digit does not check out/);

    await user.clear(npi);
    await user.type(npi, '1234567893');
    expect(npi).toBeValid();
  });

  it('checks phone numbers and links the way the server does', async () => {
    serveProfile();
    const { user } = await renderProfile();
    const cell = screen.getByRole('textbox', { name: 'Cell number' });
    const linkedin = screen.getByRole('textbox', { name: 'LinkedIn page' });

    await user.type(cell, '555-0123');
    await user.type(linkedin, 'https://example.org/in/me');
    await user.tab();
    await user.click(screen.getByRole('button', { name: 'Save profile' }));

    expect(cell).toHaveAccessibleDescription(/Enter a phone number as you would dial it/);
    expect(linkedin).toHaveAccessibleDescription(/Enter the https link to your LinkedIn page/);
    expect(cell).toHaveFocus();
  });

  it('shows the server’s field errors next to their fields', async () => {
    serveProfile();
    server.use(
      http.put(apiUrl('/api/v1/me/profile'), () =>
        problem(400, {
          title: 'Invalid input',
          errors: [
            {
              field: 'cellNumber',
              message: 'must be a number that reaches you directly (no extension, toll-free or premium-rate number)',
            },
            { field: 'wantsReferred[1]', message: 'must have 2 to 60 characters besides spaces at the ends' },
          ],
        }),
      ),
    );
    const { user } = await renderProfile();
    const cell = screen.getByRole('textbox', { name: 'Cell number' });
    await user.type(cell, '+1 800 555 0199');
    await user.click(screen.getByRole('button', { name: 'Save profile' }));

    const summary = await screen.findByRole('alert');
    expect(summary).toHaveTextContent('Cell number must be a number that reaches you directly');
    expect(summary).toHaveTextContent('Cases you want referred must have 2 to 60 characters');
    expect(cell).toHaveAccessibleDescription(/Cell number must be a number that reaches you directly/);
    // Focus goes to the first field in the form with a problem.
    expect(screen.getByRole('textbox', { name: 'Cases you want referred' })).toHaveFocus();
  });

  it('offers the specialty’s tags, sets visibility per contact field and saves the whole profile', async () => {
    serveProfile(aProfile({ wantsReferred: [], complete: false }));
    let sent: ProfileRequest | undefined;
    server.use(
      http.put(apiUrl('/api/v1/me/profile'), async ({ request }) => {
        sent = (await request.json()) as ProfileRequest;
        return HttpResponse.json(aProfile({ ...sent, complete: true, cellNumber: '+14105550123' }));
      }),
    );
    const { user } = await renderProfile();
    expect(screen.getByText('Complete your profile')).toBeInTheDocument();

    await user.selectOptions(screen.getByRole('combobox', { name: 'Subspecialty' }), 'Retina Specialist');
    await user.click(screen.getByRole('button', { name: 'Add macular degeneration to Cases you want referred' }));
    const wanted = screen.getByRole('textbox', { name: 'Cases you want referred' });
    await user.type(wanted, '  Retinal  TEARS {Enter}');
    expect(within(screen.getByRole('list', { name: 'Cases you want referred' })).getAllByRole('listitem')).toHaveLength(
      2,
    );
    await user.type(screen.getByRole('textbox', { name: 'Cell number' }), '(410) 555-0123');
    await user.click(
      within(screen.getByRole('group', { name: 'Who sees your cell number' })).getByRole('radio', { name: 'Only me' }),
    );
    await user.click(screen.getByRole('button', { name: 'Save profile' }));

    expect(await screen.findByText('Profile saved')).toBeInTheDocument();
    expect(sent).toMatchObject({
      fullName: 'Dr. Maya Chen',
      credentials: ['MD'],
      specialtyCode: '207W00000X',
      subspecialtyCode: '207WX0107X',
      wantsReferred: ['macular degeneration', 'retinal tears'],
      cellNumber: '(410) 555-0123',
      visibility: {
        email: 'CONNECTIONS',
        cellNumber: 'ONLY_ME',
        linkedinUrl: 'EVENT_ATTENDEES',
        websiteUrl: 'EVENT_ATTENDEES',
      },
    });
    // Shown as the server stored it.
    expect(screen.getByRole('textbox', { name: 'Cell number' })).toHaveValue('+14105550123');
  });

  it('keeps the default for sharing the cell number with new connections', async () => {
    serveProfile(aProfile({ cellSharingDefault: 'ASK' }));
    let sent: ProfileRequest | undefined;
    server.use(
      http.put(apiUrl('/api/v1/me/profile'), async ({ request }) => {
        sent = (await request.json()) as ProfileRequest;
        return HttpResponse.json(aProfile({ ...sent, complete: true }));
      }),
    );
    const { user } = await renderProfile();

    const sharing = screen.getByRole('group', { name: 'Share my cell number with new connections' });
    expect(within(sharing).getByRole('radio', { name: 'Ask me each time' })).toBeChecked();
    await user.click(within(sharing).getByRole('radio', { name: 'Never' }));
    await user.click(screen.getByRole('button', { name: 'Save profile' }));

    expect(await screen.findByText('Profile saved')).toBeInTheDocument();
    expect(sent?.cellSharingDefault).toBe('NEVER');
  });

  it('asks for a credential and a specialty before saving', async () => {
    serveProfile(aProfile({ credentials: [], specialty: undefined }));
    const { user } = await renderProfile();

    await user.click(screen.getByRole('button', { name: 'Save profile' }));

    const summary = screen.getByRole('alert');
    expect(summary).toHaveTextContent('Choose at least one credential.');
    expect(summary).toHaveTextContent('Choose your specialty.');
    expect(screen.getByRole('checkbox', { name: 'MD' })).toHaveFocus();
  });

  it('saves which mails the attendee gets, per category', async () => {
    serveProfile();
    let sent: unknown;
    server.use(
      http.put(apiUrl('/api/v1/me/notification-preferences'), async ({ request }) => {
        sent = await request.json();
        return HttpResponse.json(sent as object);
      }),
    );
    const { user } = await renderProfile();
    const mails = await screen.findByRole('form', { name: 'Mail from Rounds' });

    await user.click(within(mails).getByRole('checkbox', { name: /Reminders/ }));
    await user.click(within(mails).getByRole('button', { name: 'Save mail choices' }));

    expect(await within(mails).findByText('Your mail choices are saved.')).toBeInTheDocument();
    expect(sent).toEqual({ introductions: true, reminders: false, eventChanges: true });
  });
});
