package app.rounds.followup;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import com.fasterxml.jackson.annotation.JsonInclude;

import app.rounds.common.paging.PageRequest;

/** A follow-up task as the organizing company sees it: its state, never its owner's words. */
@Schema(name = "EventFollowUpTask", description = "One attendee's follow-up task at the event: kind and state only;"
        + " a custom task's title stays with its owner")
@JsonInclude(JsonInclude.Include.NON_NULL)
public record EventFollowUpResponse(
        @Schema(required = true) UUID id,
        @Schema(required = true, description = "A code from GET /follow-up-kinds") String kind,
        @Schema(required = true, description = "The attendee who owes the task") UUID ownerId,
        @Schema(required = true, description = "The connection it is owed to") UUID counterpartId,
        @Schema(required = true) UUID connectionId,
        @Schema(required = true) OffsetDateTime dueAt,
        @Schema(required = true) FollowUpStatus status,
        @Schema(required = true, description = "Open and past its due time") boolean overdue,
        @Schema(description = "When it was marked done or skipped") OffsetDateTime closedAt) {

    static EventFollowUpResponse of(FollowUpTask task, Instant now) {
        return new EventFollowUpResponse(task.id(), task.kind(), task.ownerId(), task.counterpartId(), task.connectionId(),
                task.dueAt().atOffset(ZoneOffset.UTC), task.status(), task.overdueAt(now),
                task.closedAt() == null ? null : task.closedAt().atOffset(ZoneOffset.UTC));
    }

    @Schema(name = "EventFollowUpTaskPage")
    public record Page(@Schema(required = true) List<EventFollowUpResponse> items,
                       @Schema(description = PageRequest.NEXT_CURSOR) String nextCursor) {
    }
}
