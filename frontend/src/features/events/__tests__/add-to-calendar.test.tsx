import { screen } from '@testing-library/react';
import { anEvent } from '@/testing/fixtures';
import { renderWithProviders } from '@/testing/render';
import { AddToCalendar } from '../components/AddToCalendar';
import { googleCalendarLink, outlookCalendarLink } from '../components/calendar-links';

describe('Add to calendar', () => {
  const event = anEvent({
    title: 'Boston Retina Night',
    startsAt: '2030-06-05T18:30:00-04:00',
    endsAt: '2030-06-05T21:00:00-04:00',
    venueName: 'Harbor Room',
    venueAddress: '100 Light St',
  });

  it('prefills Google Calendar with the event in UTC', () => {
    const link = new URL(googleCalendarLink(event, 'https://rounds.example/events/1'));
    expect(link.searchParams.get('text')).toBe('Boston Retina Night');
    expect(link.searchParams.get('dates')).toBe('20300605T223000Z/20300606T010000Z');
    expect(link.searchParams.get('location')).toBe('Harbor Room, 100 Light St');
  });

  it('prefills Outlook with ISO times', () => {
    const link = new URL(outlookCalendarLink(event, 'https://rounds.example/events/1'));
    expect(link.searchParams.get('subject')).toBe('Boston Retina Night');
    expect(link.searchParams.get('startdt')).toBe('2030-06-05T22:30:00.000Z');
  });

  it('offers the .ics download and both links', () => {
    renderWithProviders(<AddToCalendar event={event} />);
    expect(screen.getByRole('button', { name: 'Download .ics' })).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Add to Google Calendar' })).toHaveAttribute(
      'href',
      expect.stringContaining('calendar.google.com') as string,
    );
    expect(screen.getByRole('link', { name: 'Add to Outlook' })).toHaveAttribute(
      'href',
      expect.stringContaining('outlook.live.com') as string,
    );
  });
});
