import { screen, within } from '@testing-library/react';
import { http, HttpResponse } from 'msw';
import { Route, Routes } from 'react-router';
import type { CreateEventRequest, RoundsEvent, UpdateEventRequest } from '@/lib/api/types';
import { anEvent, aSpecialty } from '@/testing/fixtures';
import { renderWithProviders } from '@/testing/render';
import { apiUrl, problem, server } from '@/testing/server';
import { EditEventPage } from '../routes/EditEventPage';
import { NewEventPage } from '../routes/NewEventPage';

type User = ReturnType<typeof renderWithProviders>['user'];

function serveSpecialties() {
  server.use(
    http.get(apiUrl('/api/v1/specialties'), () =>
      HttpResponse.json({
        items: [aSpecialty(), aSpecialty({ code: '207WX0107X', name: 'Retina', parentCode: '207W00000X' })],
      }),
    ),
  );
}

function renderEditor(route: string) {
  return renderWithProviders(
    <Routes>
      <Route path="/organizer/events/new" element={<NewEventPage />} />
      <Route path="/organizer/events/:eventId/edit" element={<EditEventPage />} />
    </Routes>,
    { route },
  );
}

/** Pastes rather than types: the same events for the form, far fewer of them for a slow machine. */
async function fill(user: User, field: HTMLElement, text: string) {
  await user.click(field);
  await user.paste(text);
}

async function fillEvent(user: User, { starts, ends }: { starts: string; ends: string }) {
  await fill(user, screen.getByRole('textbox', { name: 'Title' }), 'Boston Retina Night');
  await fill(user, screen.getByRole('textbox', { name: 'City' }), 'Boston');
  await fill(user, screen.getByRole('textbox', { name: 'Venue' }), 'The Liberty Hotel');
  await fill(user, screen.getByRole('textbox', { name: 'Venue address' }), '215 Charles St, Boston, MA');
  await user.selectOptions(screen.getByRole('combobox', { name: 'Time zone' }), 'America/New_York');
  await user.type(screen.getByLabelText('Starts'), starts);
  await user.type(screen.getByLabelText('Ends'), ends);
  await fill(user, screen.getByRole('textbox', { name: 'Capacity' }), '40');
}

describe('Event editor', () => {
  beforeEach(serveSpecialties);

  it('refuses an end before the start, next to the field and in the summary, without sending', async () => {
    let sent = false;
    server.use(
      http.post(apiUrl('/api/v1/events'), () => {
        sent = true;
        return HttpResponse.json(anEvent(), { status: 201 });
      }),
    );
    const { user } = renderEditor('/organizer/events/new');

    await fillEvent(user, { starts: '2030-06-05T18:30', ends: '2030-06-05T17:00' });
    await user.click(screen.getByRole('button', { name: 'Save draft' }));

    const ends = screen.getByLabelText('Ends');
    expect(ends).toBeInvalid();
    expect(ends).toHaveAccessibleDescription(/The event must end after it starts\./);
    expect(ends).toHaveFocus();
    expect(screen.getByRole('alert')).toHaveTextContent('The event must end after it starts.');
    expect(sent).toBe(false);
  });

  it('checks a field as soon as it is left', async () => {
    const { user } = renderEditor('/organizer/events/new');

    await user.click(screen.getByRole('textbox', { name: 'Title' }));
    await user.tab();

    expect(screen.getByRole('textbox', { name: 'Title' })).toHaveAccessibleDescription('Enter a title.');
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
  });

  it('creates a draft with times in the event’s zone, then opens it', async () => {
    let sent: CreateEventRequest | undefined;
    let created: RoundsEvent | undefined;
    server.use(
      http.post(apiUrl('/api/v1/events'), async ({ request }) => {
        sent = (await request.json()) as CreateEventRequest;
        created = anEvent({ ...sent, status: 'DRAFT' });
        return HttpResponse.json(created, { status: 201 });
      }),
      http.get(apiUrl('/api/v1/events/:eventId'), () => HttpResponse.json(created)),
    );
    const { user } = renderEditor('/organizer/events/new');

    await fillEvent(user, { starts: '2030-06-05T18:30', ends: '2030-06-05T21:00' });
    await user.selectOptions(screen.getByRole('combobox', { name: 'Specialty focus' }), 'Ophthalmology');
    await user.click(screen.getByRole('button', { name: 'Save draft' }));

    expect(await screen.findByText('Draft saved')).toBeInTheDocument();
    expect(sent).toEqual({
      title: 'Boston Retina Night',
      description: '',
      city: 'Boston',
      venueName: 'The Liberty Hotel',
      venueAddress: '215 Charles St, Boston, MA',
      timeZone: 'America/New_York',
      startsAt: '2030-06-05T18:30:00-04:00',
      endsAt: '2030-06-05T21:00:00-04:00',
      capacity: 40,
      openRequestLimit: 5,
      specialtyFocus: '207W00000X',
    });
    expect(screen.getByRole('button', { name: 'Publish' })).toBeInTheDocument();
  });

  it('stops saying “Draft saved” once the new draft is published', async () => {
    let created: RoundsEvent | undefined;
    server.use(
      http.post(apiUrl('/api/v1/events'), async ({ request }) => {
        created = anEvent({ ...((await request.json()) as CreateEventRequest), status: 'DRAFT' });
        return HttpResponse.json(created, { status: 201 });
      }),
      http.get(apiUrl('/api/v1/events/:eventId'), () => HttpResponse.json(created)),
      http.post(apiUrl('/api/v1/events/:eventId/publish'), () => {
        created = created && { ...created, status: 'PUBLISHED', registrationOpen: true };
        return HttpResponse.json(created);
      }),
    );
    const { user } = renderEditor('/organizer/events/new');
    await fillEvent(user, { starts: '2030-06-05T18:30', ends: '2030-06-05T21:00' });
    await user.click(screen.getByRole('button', { name: 'Save draft' }));
    expect(await screen.findByText('Draft saved')).toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: 'Publish' }));
    await user.click(within(screen.getByRole('dialog', { name: 'Publish this event?' })).getByRole('button', { name: 'Publish event' }));

    expect(await screen.findByText('The event is published. Attendees can find it and register.')).toBeInTheDocument();
    expect(screen.queryByText('Draft saved')).not.toBeInTheDocument();
  });

  it('sends only what changed, and shows the server’s field errors next to their fields', async () => {
    const event = anEvent({ registeredCount: 12, capacity: 40 });
    let sent: UpdateEventRequest | undefined;
    server.use(
      http.get(apiUrl('/api/v1/events/:eventId'), () => HttpResponse.json(event)),
      http.patch(apiUrl('/api/v1/events/:eventId'), async ({ request }) => {
        sent = (await request.json()) as UpdateEventRequest;
        return problem(400, {
          title: 'Invalid input',
          errors: [{ field: 'capacity', message: 'cannot be lower than the 12 attendees already registered' }],
        });
      }),
    );
    const { user } = renderEditor(`/organizer/events/${event.id}/edit`);

    const capacity = await screen.findByRole('textbox', { name: 'Capacity' });
    await user.clear(capacity);
    await user.type(capacity, '10');
    await user.click(screen.getByRole('button', { name: 'Save changes' }));

    expect(await screen.findByRole('alert')).toHaveTextContent(
      'Capacity cannot be lower than the 12 attendees already registered.',
    );
    expect(capacity).toHaveAccessibleDescription(/Capacity cannot be lower than the 12 attendees already registered\./);
    expect(sent).toEqual({ capacity: 10 });
  });

  it('publishes a draft after confirming', async () => {
    let event: RoundsEvent = anEvent({ status: 'DRAFT', registrationOpen: false });
    server.use(
      http.get(apiUrl('/api/v1/events/:eventId'), () => HttpResponse.json(event)),
      http.post(apiUrl('/api/v1/events/:eventId/publish'), () => {
        event = { ...event, status: 'PUBLISHED', registrationOpen: true };
        return HttpResponse.json(event);
      }),
    );
    const { user } = renderEditor(`/organizer/events/${event.id}/edit`);

    await user.click(await screen.findByRole('button', { name: 'Publish' }));
    const dialog = screen.getByRole('dialog', { name: 'Publish this event?' });
    await user.click(within(dialog).getByRole('button', { name: 'Publish event' }));

    expect(await screen.findByText('The event is published. Attendees can find it and register.')).toBeInTheDocument();
    expect(screen.getByText('Published')).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Publish' })).not.toBeInTheDocument();
  });
});
