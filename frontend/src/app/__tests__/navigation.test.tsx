import { screen, waitFor, within } from '@testing-library/react';
import { http, HttpResponse } from 'msw';
import { anAccount, anEvent, aSession } from '@/testing/fixtures';
import { apiUrl, problem, server } from '@/testing/server';
import { renderApp } from './render-app';

const attendee = anAccount({ displayName: 'Dr. Sam Okafor', roles: ['ATTENDEE'] });
const organizer = anAccount({
  id: '0b8d5a3c-97f4-4c1e-8a0e-4f7b2d9c1e11',
  displayName: 'Dr. Ana Ruiz',
  roles: ['ATTENDEE', 'ORGANIZER'],
});

function serveMe(account = attendee) {
  server.use(http.get(apiUrl('/api/v1/me'), () => HttpResponse.json(account)));
}

function mainNav() {
  return within(screen.getByRole('navigation', { name: 'Main' }));
}

describe('Navigation', () => {
  it('shows an attendee Home, Events, My tickets, Introductions, Connections and Profile, and no Organizer section', async () => {
    serveMe(attendee);
    renderApp({ session: aSession(attendee) });

    expect(await screen.findByRole('heading', { level: 1, name: 'Welcome, Dr. Sam Okafor' })).toBeInTheDocument();
    expect(mainNav().getByRole('link', { name: 'Home' })).toHaveAttribute('aria-current', 'page');
    expect(mainNav().getByRole('link', { name: 'Events' })).toHaveAttribute('href', '/events');
    expect(mainNav().getByRole('link', { name: 'My tickets' })).toHaveAttribute('href', '/tickets');
    expect(mainNav().getByRole('link', { name: 'Profile' })).toHaveAttribute('href', '/profile');
    expect(mainNav().getByRole('link', { name: 'Introductions' })).toHaveAttribute('href', '/introductions');
    expect(mainNav().getByRole('link', { name: 'Connections' })).toHaveAttribute('href', '/connections');
    expect(mainNav().queryByRole('link', { name: 'Organizer' })).not.toBeInTheDocument();
    expect(mainNav().queryByRole('link', { name: 'Manage events' })).not.toBeInTheDocument();
    expect(screen.getByRole('banner')).toHaveTextContent('Dr. Sam Okafor');
  });

  it('shows an organizer the Organizer section, and moves focus to the new page’s heading', async () => {
    serveMe(organizer);
    const { user } = renderApp({ session: aSession(organizer) });
    // From the home page once it is shown: a click while its lazy module still loads is another journey.
    await screen.findByRole('heading', { level: 1, name: 'Welcome, Dr. Ana Ruiz' });

    await user.click(mainNav().getByRole('link', { name: 'Organizer' }));

    const heading = await screen.findByRole('heading', { level: 1, name: 'Organizer' });
    expect(heading).toHaveFocus();
    await waitFor(() => {
      expect(document.title).toBe('Organizer · Rounds');
    });
    expect(mainNav().getByRole('link', { name: 'Manage events' })).toHaveAttribute('href', '/organizer/events');
  });

  it('holds focus on the main region while the new page loads, then moves it to the page’s heading', async () => {
    const event = anEvent({ title: 'Boston Retina Night' });
    let answer: (() => void) | undefined;
    const answered = new Promise<void>((resolve) => {
      answer = resolve;
    });
    server.use(
      http.get(apiUrl('/api/v1/events'), () => HttpResponse.json({ items: [event] })),
      http.get(apiUrl('/api/v1/me/registrations'), () => HttpResponse.json({ items: [] })),
      http.get(apiUrl('/api/v1/events/:eventId'), async () => {
        await answered;
        return HttpResponse.json(event);
      }),
    );
    const { user } = renderApp({ route: '/events', session: aSession(attendee) });

    await user.click(await screen.findByRole('link', { name: 'Boston Retina Night' }));
    expect(await screen.findByText('Loading the event…')).toBeInTheDocument();
    expect(screen.getByRole('main')).toHaveFocus();
    answer?.();

    const heading = await screen.findByRole('heading', { level: 1, name: 'Boston Retina Night' });
    await waitFor(() => {
      expect(heading).toHaveFocus();
    });
  });

  it('refuses the organizer page to an attendee, kindly', () => {
    renderApp({ route: '/organizer', session: aSession(attendee) });

    expect(screen.getByRole('heading', { level: 1, name: 'This page is not available to you' })).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Go to home' })).toHaveAttribute('href', '/');
  });

  it('toggles the menu on small screens and reports its state', async () => {
    serveMe();
    const { user } = renderApp({ session: aSession(attendee) });
    const menu = screen.getByRole('button', { name: 'Menu' });

    expect(menu).toHaveAttribute('aria-expanded', 'false');
    await user.click(menu);
    expect(menu).toHaveAttribute('aria-expanded', 'true');
  });
});

describe('Route guards', () => {
  it('sends a visitor without a session to sign in, then on to the page they wanted', async () => {
    server.use(
      http.post(apiUrl('/api/v1/auth/refresh'), () => problem(401, { title: 'Unauthorized' })),
      http.post(apiUrl('/api/v1/auth/login'), () => HttpResponse.json(aSession(organizer))),
    );
    const { user } = renderApp({ route: '/organizer' });

    expect(await screen.findByRole('heading', { level: 1, name: 'Sign in' })).toBeInTheDocument();
    await user.type(screen.getByRole('textbox', { name: 'Email' }), organizer.email);
    await user.type(screen.getByLabelText('Password'), 'rounds-admin-password');
    await user.click(screen.getByRole('button', { name: 'Sign in' }));

    expect(await screen.findByRole('heading', { level: 1, name: 'Organizer' })).toBeInTheDocument();
  });

  it('restores the session from the refresh cookie on start-up', async () => {
    serveMe();
    server.use(http.post(apiUrl('/api/v1/auth/refresh'), () => HttpResponse.json(aSession(attendee))));
    renderApp();

    expect(screen.getByRole('status')).toHaveTextContent('Signing you in…');
    expect(await screen.findByRole('heading', { level: 1, name: 'Welcome, Dr. Sam Okafor' })).toBeInTheDocument();
  });

  it('takes a signed-in user away from the sign-in page', () => {
    serveMe();
    renderApp({ route: '/login', session: aSession(attendee) });

    expect(screen.getByRole('heading', { level: 1, name: 'Welcome, Dr. Sam Okafor' })).toBeInTheDocument();
  });

  it('signs out from the shell and confirms it', async () => {
    serveMe();
    let loggedOut = false;
    server.use(
      http.post(apiUrl('/api/v1/auth/logout'), () => {
        loggedOut = true;
        return new HttpResponse(null, { status: 204 });
      }),
    );
    const { user } = renderApp({ session: aSession(attendee) });

    await user.click(screen.getByRole('button', { name: 'Sign out' }));

    expect(await screen.findByRole('heading', { level: 1, name: 'Sign in' })).toBeInTheDocument();
    expect(screen.getByRole('status')).toHaveTextContent('You have signed out.');
    expect(loggedOut).toBe(true);
  });
});
