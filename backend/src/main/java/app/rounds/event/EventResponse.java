package app.rounds.event;

import java.time.OffsetDateTime;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "Event")
public record EventResponse(
        @Schema(required = true) UUID id,
        @Schema(required = true) String title,
        @Schema(required = true) String description,
        @Schema(required = true) String city,
        @Schema(required = true) String venueName,
        @Schema(required = true) String venueAddress,
        @Schema(required = true, example = "America/New_York") String timeZone,
        @Schema(required = true, description = "In the event's time zone") OffsetDateTime startsAt,
        @Schema(required = true) OffsetDateTime endsAt,
        @Schema(required = true) int capacity,
        @Schema(required = true) int registeredCount,
        @Schema(required = true) int seatsLeft,
        @Schema(required = true) int waitlistCount,
        @Schema(required = true) OffsetDateTime registrationOpensAt,
        @Schema(required = true) OffsetDateTime registrationClosesAt,
        @Schema(required = true, description = "Whether registering now is possible (published and inside the window)")
        boolean registrationOpen,
        String specialtyFocus,
        @Schema(required = true) int openRequestLimit,
        @Schema(required = true) EventStatus status) {

    public static EventResponse of(Event event, java.time.Instant now) {
        var zone = event.timeZone();
        return new EventResponse(event.id(), event.title(), event.description(), event.city(), event.venueName(),
                event.venueAddress(), zone.getId(), event.startsAt().atZone(zone).toOffsetDateTime(),
                event.endsAt().atZone(zone).toOffsetDateTime(), event.capacity(), event.registeredCount(),
                Math.max(0, event.capacity() - event.registeredCount()), event.waitlistedCount(),
                event.registrationOpensAt().atZone(zone).toOffsetDateTime(),
                event.registrationClosesAt().atZone(zone).toOffsetDateTime(),
                event.acceptsRegistrations() && event.registrationWindowContains(now),
                event.specialtyFocus(), event.openRequestLimit(), event.status());
    }
}
