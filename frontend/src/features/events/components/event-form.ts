import type { CreateEventRequest, RoundsEvent, UpdateEventRequest } from '@/lib/api/types';
import type { FieldErrors } from '@/lib/forms/use-checked-form';
import { browserTimeZone, isTimeZone, localToRfc3339, toLocalInZone, zonedToEpochMs } from '@/lib/time/zoned-time';

/** The event editor's fields, as the inputs hold them; times are wall-clock times in timeZone. */
export interface EventFormValues {
  title: string;
  description: string;
  city: string;
  venueName: string;
  venueAddress: string;
  timeZone: string;
  startsAt: string;
  endsAt: string;
  capacity: string;
  registrationOpensAt: string;
  registrationClosesAt: string;
  specialtyFocus: string;
  openRequestLimit: string;
}

export type EventField = keyof EventFormValues;

export const EVENT_FIELDS: readonly EventField[] = [
  'title',
  'description',
  'city',
  'venueName',
  'venueAddress',
  'timeZone',
  'startsAt',
  'endsAt',
  'capacity',
  'registrationOpensAt',
  'registrationClosesAt',
  'specialtyFocus',
  'openRequestLimit',
];

export const EVENT_FIELD_LABELS: Record<EventField, string> = {
  title: 'Title',
  description: 'Description',
  city: 'City',
  venueName: 'Venue',
  venueAddress: 'Venue address',
  timeZone: 'Time zone',
  startsAt: 'Starts',
  endsAt: 'Ends',
  capacity: 'Capacity',
  registrationOpensAt: 'Registration opens',
  registrationClosesAt: 'Registration closes',
  specialtyFocus: 'Specialty focus',
  openRequestLimit: 'Open introduction requests per attendee',
};

/** The server's limits (CreateEventRequest), mirrored so mistakes are caught before a round trip. */
export const LIMITS = {
  title: 160,
  description: 4000,
  city: 120,
  venueName: 160,
  venueAddress: 300,
  capacity: 100_000,
  openRequestLimit: 50,
} as const;

export const DEFAULT_OPEN_REQUEST_LIMIT = 5;

export function emptyEventForm(timeZone = browserTimeZone()): EventFormValues {
  return {
    title: '',
    description: '',
    city: '',
    venueName: '',
    venueAddress: '',
    timeZone,
    startsAt: '',
    endsAt: '',
    capacity: '',
    registrationOpensAt: '',
    registrationClosesAt: '',
    specialtyFocus: '',
    openRequestLimit: String(DEFAULT_OPEN_REQUEST_LIMIT),
  };
}

export function eventFormFrom(event: RoundsEvent): EventFormValues {
  const local = (at: string) => toLocalInZone(at, event.timeZone);
  return {
    title: event.title,
    description: event.description,
    city: event.city,
    venueName: event.venueName,
    venueAddress: event.venueAddress,
    timeZone: event.timeZone,
    startsAt: local(event.startsAt),
    endsAt: local(event.endsAt),
    capacity: String(event.capacity),
    registrationOpensAt: local(event.registrationOpensAt),
    registrationClosesAt: local(event.registrationClosesAt),
    specialtyFocus: event.specialtyFocus ?? '',
    openRequestLimit: String(event.openRequestLimit),
  };
}

function wholeNumber(value: string): number | undefined {
  return /^\d+$/.test(value.trim()) ? Number(value.trim()) : undefined;
}

function requiredText(value: string, max: number, missing: string, label: string): string | undefined {
  if (value.trim() === '') return missing;
  if (value.trim().length > max) return `Use at most ${max} characters for the ${label}.`;
  return undefined;
}

export function validateEvent(values: EventFormValues): FieldErrors<EventField> {
  const errors: FieldErrors<EventField> = {};
  const set = (field: EventField, message: string | undefined) => {
    if (message) errors[field] = message;
  };
  set('title', requiredText(values.title, LIMITS.title, 'Enter a title.', 'title'));
  if (values.description.trim().length > LIMITS.description) {
    errors.description = `Use at most ${LIMITS.description} characters for the description.`;
  }
  set('city', requiredText(values.city, LIMITS.city, 'Enter the city.', 'city'));
  set('venueName', requiredText(values.venueName, LIMITS.venueName, 'Enter the venue.', 'venue'));
  set('venueAddress', requiredText(values.venueAddress, LIMITS.venueAddress, 'Enter the venue’s address.', 'address'));

  const zoneOk = isTimeZone(values.timeZone);
  if (!zoneOk) errors.timeZone = 'Choose a time zone.';
  const at = (local: string) => (zoneOk ? zonedToEpochMs(local, values.timeZone) : undefined);
  const starts = at(values.startsAt);
  const ends = at(values.endsAt);
  const opens = at(values.registrationOpensAt);
  const closes = at(values.registrationClosesAt);
  if (values.startsAt === '') errors.startsAt = 'Enter when the event starts.';
  else if (zoneOk && starts === undefined) errors.startsAt = 'Enter a date and time.';
  if (values.endsAt === '') errors.endsAt = 'Enter when the event ends.';
  else if (zoneOk && ends === undefined) errors.endsAt = 'Enter a date and time.';
  else if (starts !== undefined && ends !== undefined && ends <= starts)
    errors.endsAt = 'The event must end after it starts.';

  const lastClose = closes ?? starts;
  if (closes !== undefined && opens !== undefined && closes <= opens) {
    errors.registrationClosesAt = 'Registration must close after it opens.';
  } else if (closes !== undefined && ends !== undefined && closes > ends) {
    errors.registrationClosesAt = 'Registration must close by the time the event ends.';
  } else if (closes === undefined && opens !== undefined && lastClose !== undefined && opens >= lastClose) {
    errors.registrationOpensAt = 'Registration must open before the event starts.';
  }

  const capacity = wholeNumber(values.capacity);
  if (values.capacity.trim() === '') errors.capacity = 'Enter how many seats there are.';
  else if (capacity === undefined || capacity < 1 || capacity > LIMITS.capacity) {
    errors.capacity = `Enter a whole number of seats from 1 to ${LIMITS.capacity.toLocaleString('en-US')}.`;
  }
  const limit = wholeNumber(values.openRequestLimit);
  if (limit === undefined || limit < 1 || limit > LIMITS.openRequestLimit) {
    errors.openRequestLimit = `Enter a whole number from 1 to ${LIMITS.openRequestLimit}.`;
  }
  return errors;
}

/** The create request for valid form values. */
export function toCreateRequest(values: EventFormValues): CreateEventRequest {
  const zone = values.timeZone;
  const at = (local: string) => localToRfc3339(local, zone);
  const request: CreateEventRequest = {
    title: values.title.trim(),
    description: values.description.trim(),
    city: values.city.trim(),
    venueName: values.venueName.trim(),
    venueAddress: values.venueAddress.trim(),
    timeZone: zone,
    startsAt: at(values.startsAt) ?? '',
    endsAt: at(values.endsAt) ?? '',
    capacity: Number(values.capacity),
    openRequestLimit: Number(values.openRequestLimit),
  };
  const opens = at(values.registrationOpensAt);
  const closes = at(values.registrationClosesAt);
  if (opens) request.registrationOpensAt = opens;
  if (closes) request.registrationClosesAt = closes;
  if (values.specialtyFocus) request.specialtyFocus = values.specialtyFocus;
  return request;
}

/** The inputs hold minutes, so a time saved with seconds (a default of "now") is unchanged if its minute is. */
const sameMinute = (a: string | undefined, b: string | undefined) =>
  a !== undefined && b !== undefined && Math.floor(Date.parse(a) / 60_000) === Math.floor(Date.parse(b) / 60_000);

/**
 * Only what differs from the event as saved, so that an unchanged capacity is never re-sent and
 * moving the time zone re-sends the times (the same wall-clock times are then other instants).
 */
export function toUpdateRequest(event: RoundsEvent, values: EventFormValues): UpdateEventRequest {
  const wanted = toCreateRequest(values);
  const change: UpdateEventRequest = {};
  const texts = ['title', 'description', 'city', 'venueName', 'venueAddress', 'timeZone'] as const;
  for (const field of texts) if (wanted[field] !== event[field]) change[field] = wanted[field];
  const times = ['startsAt', 'endsAt', 'registrationOpensAt', 'registrationClosesAt'] as const;
  for (const field of times) {
    const value = wanted[field];
    if (value !== undefined && !sameMinute(value, event[field])) change[field] = value;
  }
  if (wanted.capacity !== event.capacity) change.capacity = wanted.capacity;
  if (wanted.openRequestLimit !== event.openRequestLimit) change.openRequestLimit = wanted.openRequestLimit;
  if ((wanted.specialtyFocus ?? '') !== (event.specialtyFocus ?? ''))
    change.specialtyFocus = wanted.specialtyFocus ?? '';
  return change;
}
