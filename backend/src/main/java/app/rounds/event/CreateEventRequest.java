package app.rounds.event;

import java.time.OffsetDateTime;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "CreateEventRequest")
public record CreateEventRequest(
        @Schema(required = true, maxLength = 160, example = "Baltimore Eye & Vision Evening") @NotBlank @Size(max = 160) String title,
        @Schema(maxLength = 4000) @Size(max = 4000) String description,
        @Schema(required = true, maxLength = 120, example = "Baltimore") @NotBlank @Size(max = 120) String city,
        @Schema(required = true, maxLength = 160) @NotBlank @Size(max = 160) String venueName,
        @Schema(required = true, maxLength = 300) @NotBlank @Size(max = 300) String venueAddress,
        @Schema(required = true, maxLength = 64, example = "America/New_York", description = "IANA time zone")
        @NotBlank @Size(max = 64) String timeZone,
        @Schema(required = true) @NotNull OffsetDateTime startsAt,
        @Schema(required = true) @NotNull OffsetDateTime endsAt,
        @Schema(required = true, minimum = "1", maximum = "100000") @NotNull @Min(1) @Max(100000) Integer capacity,
        @Schema(description = "Defaults to now") OffsetDateTime registrationOpensAt,
        @Schema(description = "Defaults to the start of the event") OffsetDateTime registrationClosesAt,
        @Schema(maxLength = 20, description = "A specialty code from GET /specialties") @Size(max = 20) String specialtyFocus,
        @Schema(minimum = "1", maximum = "50", description = "Open introduction requests per attendee; defaults to 5")
        @Min(1) @Max(50) Integer openRequestLimit) {
}
