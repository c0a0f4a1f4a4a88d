import type { RoundsEvent } from '@/lib/api/types';

/** 20261201T230000Z, the form Google's template link takes. */
function compactUtc(at: string): string {
  return new Date(at).toISOString().replace(/[-:]/g, '').replace(/\.\d{3}Z$/, 'Z');
}

function place(event: RoundsEvent): string {
  return `${event.venueName}, ${event.venueAddress}`;
}

/** Google Calendar's "add event" template, prefilled; times in UTC so no zone is guessed. */
export function googleCalendarLink(event: RoundsEvent, pageUrl: string): string {
  const query = new URLSearchParams({
    action: 'TEMPLATE',
    text: event.title,
    dates: `${compactUtc(event.startsAt)}/${compactUtc(event.endsAt)}`,
    details: `${event.description}\n\n${pageUrl}`.trim(),
    location: place(event),
  });
  return `https://calendar.google.com/calendar/render?${query.toString()}`;
}

/** Outlook on the web's compose deep link, prefilled. */
export function outlookCalendarLink(event: RoundsEvent, pageUrl: string): string {
  const query = new URLSearchParams({
    path: '/calendar/action/compose',
    rru: 'addevent',
    subject: event.title,
    startdt: new Date(event.startsAt).toISOString(),
    enddt: new Date(event.endsAt).toISOString(),
    location: place(event),
    body: `${event.description}\n\n${pageUrl}`.trim(),
  });
  return `https://outlook.live.com/calendar/0/deeplink/compose?${query.toString()}`;
}
