/**
 * Event times are shown in the event's own time zone (an evening in Boston reads 6:30 PM EDT even
 * to someone browsing from Los Angeles), always with the zone's abbreviation so nobody is misled.
 */
const LOCALE = 'en-US';

function formatter(timeZone: string, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  return new Intl.DateTimeFormat(LOCALE, { timeZone, ...options });
}

const WHEN: Intl.DateTimeFormatOptions = {
  weekday: 'short',
  month: 'short',
  day: 'numeric',
  year: 'numeric',
  hour: 'numeric',
  minute: '2-digit',
  timeZoneName: 'short',
};

/** "Thu, Jun 5, 2025, 6:30 – 9:00 PM EDT"; spans days when the event does. */
export function formatEventRange(startsAt: string, endsAt: string, timeZone: string): string {
  return formatter(timeZone, WHEN).formatRange(new Date(startsAt), new Date(endsAt));
}

/** "Thu, Jun 5, 2025, 6:30 PM EDT" */
export function formatEventMoment(at: string, timeZone: string): string {
  return formatter(timeZone, WHEN).format(new Date(at));
}

/** The day alone, for compact lists: "Thu, Jun 5, 2025". */
export function formatEventDay(at: string, timeZone: string): string {
  return formatter(timeZone, { weekday: 'short', month: 'short', day: 'numeric', year: 'numeric' }).format(
    new Date(at),
  );
}

/** A moment in the viewer's own zone, for things that happened to them ("2 Jun, 4:05 PM"). */
export function formatLocalMoment(at: string): string {
  return new Intl.DateTimeFormat(LOCALE, { month: 'short', day: 'numeric', hour: 'numeric', minute: '2-digit' }).format(
    new Date(at),
  );
}
