import { screen, within } from '@testing-library/react';
import { http, HttpResponse } from 'msw';
import { renderWithProviders } from '@/testing/render';
import { apiUrl, server } from '@/testing/server';
import { CalendarSettingsPage } from '../routes/CalendarSettingsPage';

const first = {
  url: 'https://rounds.example/calendar/first-token.ics',
  webcalUrl: 'webcal://rounds.example/calendar/first-token.ics',
  createdAt: '2030-06-01T10:00:00Z',
};
const second = {
  url: 'https://rounds.example/calendar/second-token.ics',
  webcalUrl: 'webcal://rounds.example/calendar/second-token.ics',
  createdAt: '2030-06-02T10:00:00Z',
};

describe('Calendar subscription', () => {
  it('shows the address to copy, a webcal subscribe link and that Google may take a day', async () => {
    server.use(http.get(apiUrl('/api/v1/me/calendar-feed'), () => HttpResponse.json(first)));
    const { user } = renderWithProviders(<CalendarSettingsPage />, { route: '/calendar' });

    expect(await screen.findByRole('textbox', { name: 'Calendar address' })).toHaveValue(first.url);
    expect(screen.getByRole('link', { name: 'Subscribe in your calendar app' })).toHaveAttribute('href', first.webcalUrl);
    expect(screen.getByText('Google Calendar may take up to a day')).toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: 'Copy address' }));
    expect(await screen.findByText('Address copied.')).toBeInTheDocument();
    // user-event stands in for the clipboard; what the page wrote is what a paste would give.
    expect(await navigator.clipboard.readText()).toBe(first.url);
  });

  it('makes a new address after confirming, and shows it instead of the old one', async () => {
    server.use(
      http.get(apiUrl('/api/v1/me/calendar-feed'), () => HttpResponse.json(first)),
      http.post(apiUrl('/api/v1/me/calendar-feed/regenerate'), () => HttpResponse.json(second)),
    );
    const { user } = renderWithProviders(<CalendarSettingsPage />, { route: '/calendar' });
    await screen.findByRole('textbox', { name: 'Calendar address' });

    await user.click(screen.getByRole('button', { name: 'Make a new address' }));
    const dialog = await screen.findByRole('dialog', { name: 'Make a new calendar address?' });
    await user.click(within(dialog).getByRole('button', { name: 'Make a new address' }));

    expect(await screen.findByDisplayValue(second.url)).toBeInTheDocument();
    expect(screen.getByText('New address made; the old one no longer works.')).toBeInTheDocument();
  });
});
