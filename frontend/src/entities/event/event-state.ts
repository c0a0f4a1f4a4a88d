import type { RoundsEvent } from '@/lib/api/types';
import { formatEventMoment } from '@/lib/time/event-time';

/** "12 seats left", "1 seat left", or "Full" when every seat is taken. */
export function seatsLeftLabel(event: Pick<RoundsEvent, 'seatsLeft'>): string {
  if (event.seatsLeft <= 0) return 'Full';
  return event.seatsLeft === 1 ? '1 seat left' : `${event.seatsLeft} seats left`;
}

/** "12 of 40 seats left", or "Full: all 40 seats taken". */
export function seatsSummary(event: Pick<RoundsEvent, 'seatsLeft' | 'capacity'>): string {
  if (event.seatsLeft <= 0) return `Full: all ${event.capacity} seats taken`;
  return `${event.seatsLeft} of ${event.capacity} ${event.capacity === 1 ? 'seat' : 'seats'} left`;
}

export function waitlistLabel(event: Pick<RoundsEvent, 'waitlistCount'>): string {
  return event.waitlistCount === 1 ? '1 person on the waitlist' : `${event.waitlistCount} people on the waitlist`;
}

/** Why registering is not possible now, or undefined when it is. */
export function registrationClosedReason(event: RoundsEvent, now = Date.now()): string | undefined {
  if (event.status === 'CANCELLED') return 'This event has been cancelled.';
  if (event.status === 'COMPLETED' || Date.parse(event.endsAt) < now) return 'This event has already taken place.';
  if (event.registrationOpen) return undefined;
  if (now < Date.parse(event.registrationOpensAt)) {
    return `Registration opens ${formatEventMoment(event.registrationOpensAt, event.timeZone)}.`;
  }
  if (event.status !== 'PUBLISHED') return 'This event is not open for registration.';
  return 'Registration for this event has closed.';
}
