package app.rounds.followup;

import java.time.OffsetDateTime;
import java.util.UUID;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** What an attendee sends to change their follow-up plan. */
public final class FollowUpRequests {

    private FollowUpRequests() {
    }

    @Schema(name = "AddFollowUpRequest")
    public record Add(@Schema(required = true, description = "One of the caller's connections") @NotNull UUID connectionId,
                      @Schema(required = true, maxLength = 40, description = "A code from GET /follow-up-kinds")
                      @NotBlank @Size(max = 40) String kind,
                      @Schema(maxLength = 120, description = "Needed for a CUSTOM task; what to do, never about a patient")
                      @Size(max = 120) String title,
                      @Schema(description = "In the future; by default the plan's due time (seven days after the event, 09:00 on its wall clock)")
                      OffsetDateTime dueAt) {
    }

    @Schema(name = "ChangeFollowUpRequest", description = "Any of: a new status, a new due time, or a snooze by whole days")
    public record Change(@Schema(description = "DONE or SKIPPED closes the task; OPEN reopens it") FollowUpStatus status,
                         @Schema(description = "Reschedules an open task; must be in the future") OffsetDateTime dueAt,
                         @Schema(minimum = "1", maximum = "30", description = "Moves an open task this many days on from its due time (or from now, when past)")
                         @Min(1) @Max(30) Integer snoozeDays) {
    }
}
