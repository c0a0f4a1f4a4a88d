package app.rounds.event;

import java.time.OffsetDateTime;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A partial change: fields left out (or null) keep their value; an empty specialtyFocus clears it. */
@Schema(name = "UpdateEventRequest")
public record UpdateEventRequest(
        @Schema(maxLength = 160) @Size(min = 1, max = 160) @Pattern(regexp = ".*\\S.*", message = "must not be blank") String title,
        @Schema(maxLength = 4000) @Size(max = 4000) String description,
        @Schema(maxLength = 120) @Size(min = 1, max = 120) @Pattern(regexp = ".*\\S.*", message = "must not be blank") String city,
        @Schema(maxLength = 160) @Size(min = 1, max = 160) @Pattern(regexp = ".*\\S.*", message = "must not be blank") String venueName,
        @Schema(maxLength = 300) @Size(min = 1, max = 300) @Pattern(regexp = ".*\\S.*", message = "must not be blank") String venueAddress,
        @Schema(maxLength = 64) @Size(min = 1, max = 64) String timeZone,
        OffsetDateTime startsAt,
        OffsetDateTime endsAt,
        @Schema(minimum = "1", maximum = "100000") @Min(1) @Max(100000) Integer capacity,
        OffsetDateTime registrationOpensAt,
        OffsetDateTime registrationClosesAt,
        @Schema(maxLength = 20) @Size(max = 20) String specialtyFocus,
        @Schema(minimum = "1", maximum = "50") @Min(1) @Max(50) Integer openRequestLimit) {
}
