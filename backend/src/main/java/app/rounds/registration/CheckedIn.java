package app.rounds.registration;

import java.util.UUID;

/** Someone checked in at an event for the first time; fired inside the changing transaction. */
public record CheckedIn(UUID eventId) {
}
