/**
 * Converts between a wall-clock time in an IANA time zone (what a datetime-local input holds) and an
 * RFC 3339 timestamp carrying that zone's offset, with Intl alone: no time-zone library needed.
 */

/** "2025-06-05T18:30", the value of an <input type="datetime-local">. */
export type LocalDateTime = string;

const LOCAL_SHAPE = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})$/;

interface WallClock {
  year: number;
  month: number;
  day: number;
  hour: number;
  minute: number;
  second: number;
}

const partFormatters = new Map<string, Intl.DateTimeFormat>();

function partsFormatter(timeZone: string): Intl.DateTimeFormat {
  let found = partFormatters.get(timeZone);
  if (!found) {
    found = new Intl.DateTimeFormat('en-US', {
      timeZone,
      hourCycle: 'h23',
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
      second: '2-digit',
    });
    partFormatters.set(timeZone, found);
  }
  return found;
}

function wallClockAt(epochMs: number, timeZone: string): WallClock {
  const parts = partsFormatter(timeZone).formatToParts(new Date(epochMs));
  const get = (type: Intl.DateTimeFormatPartTypes) => Number(parts.find((part) => part.type === type)?.value ?? 0);
  return {
    year: get('year'),
    month: get('month'),
    day: get('day'),
    hour: get('hour'),
    minute: get('minute'),
    second: get('second'),
  };
}

function wallClockAsUtc(wall: WallClock): number {
  return Date.UTC(wall.year, wall.month - 1, wall.day, wall.hour, wall.minute, wall.second);
}

/** Minutes the zone is ahead of UTC at that instant (New York in summer: -240). */
export function offsetMinutesAt(epochMs: number, timeZone: string): number {
  const wholeSeconds = Math.floor(epochMs / 1000) * 1000;
  return Math.round((wallClockAsUtc(wallClockAt(wholeSeconds, timeZone)) - wholeSeconds) / 60_000);
}

function pad(value: number, length = 2): string {
  return String(Math.abs(value)).padStart(length, '0');
}

function formatOffset(minutes: number): string {
  const sign = minutes < 0 ? '-' : '+';
  return `${sign}${pad(Math.trunc(Math.abs(minutes) / 60))}:${pad(Math.abs(minutes) % 60)}`;
}

function formatLocal(wall: WallClock): LocalDateTime {
  return `${pad(wall.year, 4)}-${pad(wall.month)}-${pad(wall.day)}T${pad(wall.hour)}:${pad(wall.minute)}`;
}

/**
 * The instant a wall-clock time names in a zone. A time skipped by a daylight-saving jump moves
 * forward by the jump; an ambiguous one (clocks going back) takes the earlier of the two.
 */
export function zonedToEpochMs(local: LocalDateTime, timeZone: string): number | undefined {
  const match = LOCAL_SHAPE.exec(local);
  if (!match) return undefined;
  const [, year, month, day, hour, minute] = match.map(Number) as [number, number, number, number, number, number];
  const wall = Date.UTC(year, month - 1, day, hour, minute);
  // The zone's offset a day either side brackets any transition near this time.
  const candidates = [...new Set([wall - 86_400_000, wall + 86_400_000].map((near) => offsetMinutesAt(near, timeZone)))]
    .map((offset) => wall - offset * 60_000)
    .sort((a, b) => a - b);
  const exact = candidates.filter((epochMs) => toLocalInZone(epochMs, timeZone) === local);
  return exact[0] ?? candidates[candidates.length - 1];
}

/** "2025-06-05T18:30:00-04:00": the wall-clock time in the zone, with the zone's offset then. */
export function toRfc3339InZone(epochMs: number, timeZone: string): string {
  const wall = wallClockAt(epochMs, timeZone);
  return `${formatLocal(wall)}:${pad(wall.second)}${formatOffset(offsetMinutesAt(epochMs, timeZone))}`;
}

/** A datetime-local value in a zone, as RFC 3339; undefined when the value is not a full date and time. */
export function localToRfc3339(local: LocalDateTime, timeZone: string): string | undefined {
  const epochMs = zonedToEpochMs(local, timeZone);
  return epochMs === undefined ? undefined : toRfc3339InZone(epochMs, timeZone);
}

/** What a datetime-local input should show for an instant, in the given zone. */
export function toLocalInZone(instant: string | number, timeZone: string): LocalDateTime {
  return formatLocal(wallClockAt(new Date(instant).getTime(), timeZone));
}

export function browserTimeZone(): string {
  return Intl.DateTimeFormat().resolvedOptions().timeZone;
}

export function isTimeZone(value: string): boolean {
  try {
    new Intl.DateTimeFormat('en-US', { timeZone: value });
    return true;
  } catch {
    return false;
  }
}

/** Every IANA zone this browser knows, sorted, with the ones given (current value, browser's zone) included. */
export function timeZoneIds(mustInclude: readonly string[] = []): string[] {
  const known = new Set(Intl.supportedValuesOf('timeZone'));
  for (const zone of mustInclude) if (zone && isTimeZone(zone)) known.add(zone);
  return [...known].sort((a, b) => a.localeCompare(b));
}

/** "GMT-04:00" now, to help pick a zone. */
export function describeOffsetNow(timeZone: string, now = Date.now()): string {
  return `GMT${formatOffset(offsetMinutesAt(now, timeZone))}`;
}
