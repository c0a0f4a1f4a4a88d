package app.rounds.registration;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import app.rounds.attendee.ProfileSummary;
import app.rounds.common.security.ShortCodes;

@Schema(name = "Registration")
public record RegistrationResponse(
        @Schema(required = true) UUID id,
        @Schema(required = true) UUID eventId,
        @Schema(required = true) UUID attendeeId,
        @Schema(required = true) String attendeeName,
        @Schema(required = true) RegistrationStatus status,
        @Schema(description = "1 for the first in line; only while waitlisted") Integer waitlistPosition,
        @Schema(description = "The door ticket (shown as a QR code of the link /t/{ticketToken}); only ever sent to its holder") String ticketToken,
        @Schema(description = "The ticket's typed fallback, ten characters of Crockford base32, shown in two groups of five; only ever sent to its holder",
                example = "7K3QD-9XWMB") String ticketCode,
        @Schema(required = true) OffsetDateTime createdAt,
        OffsetDateTime checkedInAt,
        @Schema(description = "The attendee's photo and professional facts, so the door and the ticket can show who it is;"
                + " absent when the caller may not see the attendee's profile") ProfileSummary attendeeProfile) {

    static RegistrationResponse of(Registration registration, String attendeeName, Integer waitlistRank, boolean forHolder,
                                   ProfileSummary attendeeProfile) {
        return new RegistrationResponse(registration.id(), registration.eventId(), registration.accountId(), attendeeName,
                registration.status(), registration.status() == RegistrationStatus.WAITLISTED ? waitlistRank : null,
                forHolder && registration.status() != RegistrationStatus.CANCELLED ? registration.ticketToken() : null,
                forHolder && registration.status() != RegistrationStatus.CANCELLED ? ShortCodes.grouped(registration.ticketCode()) : null,
                registration.createdAt().atOffset(ZoneOffset.UTC),
                registration.checkedInAt() == null ? null : registration.checkedInAt().atOffset(ZoneOffset.UTC),
                attendeeProfile);
    }
}
