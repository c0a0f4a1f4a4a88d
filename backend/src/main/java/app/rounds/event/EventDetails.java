package app.rounds.event;

import java.time.Instant;
import java.time.ZoneId;

/** What an organizer describes about an event; checked as a whole by {@link Event}. */
public record EventDetails(
        String title,
        String description,
        String city,
        String venueName,
        String venueAddress,
        ZoneId timeZone,
        Instant startsAt,
        Instant endsAt,
        Instant registrationOpensAt,
        Instant registrationClosesAt,
        String specialtyFocus,
        int openRequestLimit) {
}
