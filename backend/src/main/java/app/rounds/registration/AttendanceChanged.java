package app.rounds.registration;

import java.util.UUID;

/**
 * Who holds a seat at an event (REGISTERED or CHECKED_IN) may have changed; fired inside the changing transaction, for
 * features that keep derived copies of an event's attendees. Checking in does not fire it: both states are seated.
 */
public record AttendanceChanged(UUID eventId) {
}
