package app.rounds.registration;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "Registration")
public record RegistrationResponse(
        @Schema(required = true) UUID id,
        @Schema(required = true) UUID eventId,
        @Schema(required = true) UUID attendeeId,
        @Schema(required = true) String attendeeName,
        @Schema(required = true) RegistrationStatus status,
        @Schema(description = "1 for the first in line; only while waitlisted") Integer waitlistPosition,
        @Schema(description = "The door ticket (shown as a QR code); only ever sent to its holder") String ticketToken,
        @Schema(required = true) OffsetDateTime createdAt,
        OffsetDateTime checkedInAt) {

    static RegistrationResponse of(Registration registration, String attendeeName, Integer waitlistRank, boolean forHolder) {
        return new RegistrationResponse(registration.id(), registration.eventId(), registration.accountId(), attendeeName,
                registration.status(), registration.status() == RegistrationStatus.WAITLISTED ? waitlistRank : null,
                forHolder && registration.status() != RegistrationStatus.CANCELLED ? registration.ticketToken() : null,
                registration.createdAt().atOffset(ZoneOffset.UTC),
                registration.checkedInAt() == null ? null : registration.checkedInAt().atOffset(ZoneOffset.UTC));
    }
}
