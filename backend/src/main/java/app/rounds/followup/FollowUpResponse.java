package app.rounds.followup;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import com.fasterxml.jackson.annotation.JsonInclude;

import app.rounds.common.paging.PageRequest;

/** A follow-up task as its owner sees it. */
@Schema(name = "FollowUpTask")
@JsonInclude(JsonInclude.Include.NON_NULL)
public record FollowUpResponse(
        @Schema(required = true) UUID id,
        @Schema(required = true, description = "A code from GET /follow-up-kinds") String kind,
        @Schema(required = true, description = "What to do: the kind's label, or a custom task's title") String label,
        @Schema(required = true) UUID connectionId,
        @Schema(required = true) Counterpart counterpart,
        @Schema(required = true) UUID eventId,
        @Schema(required = true) String eventTitle,
        @Schema(required = true) OffsetDateTime dueAt,
        @Schema(required = true) FollowUpStatus status,
        @Schema(required = true, description = "Open and past its due time; derived when read, never stored") boolean overdue,
        @Schema(description = "When it was marked done or skipped") OffsetDateTime closedAt,
        @Schema(description = "For an email task, when the connection shows the caller their email address")
        EmailDraft emailDraft) {

    @Schema(name = "FollowUpCounterpart", description = "The connection the task is owed to")
    public record Counterpart(@Schema(required = true) UUID attendeeId, @Schema(required = true) String fullName) {
    }

    static FollowUpResponse of(FollowUpRepository.Row row, FollowUpKind kind, Counterpart counterpart, EmailDraft draft, Instant now) {
        FollowUpTask task = row.task();
        return new FollowUpResponse(task.id(), task.kind(), task.title() != null ? task.title() : kind.label(),
                task.connectionId(), counterpart, task.eventId(), row.eventTitle(), task.dueAt().atOffset(ZoneOffset.UTC),
                task.status(), task.overdueAt(now), task.closedAt() == null ? null : task.closedAt().atOffset(ZoneOffset.UTC),
                draft);
    }

    @Schema(name = "FollowUpTaskPage")
    public record Page(@Schema(required = true) List<FollowUpResponse> items, @Schema(description = PageRequest.NEXT_CURSOR) String nextCursor) {
    }

    @Schema(name = "FollowUpKind")
    public record Kind(@Schema(required = true) String code, @Schema(required = true) String label,
                       @Schema(required = true, description = "Part of the plan every new connection starts with") boolean inDefaultPlan,
                       @Schema(required = true, description = "A custom task: a title is needed") boolean needsTitle) {

        static Kind of(FollowUpKind kind) {
            return new Kind(kind.code(), kind.label(), kind.inDefaultPlan(), kind.needsTitle());
        }
    }

    @Schema(name = "FollowUpKindList")
    public record KindList(@Schema(required = true) List<Kind> items) {
    }

    @Schema(name = "FollowUpProgress", description = "One event's follow-ups: done of total (skipped ones count as settled, not done)")
    public record Progress(@Schema(required = true) UUID eventId, @Schema(required = true) String eventTitle,
                           @Schema(required = true) long total, @Schema(required = true) long done,
                           @Schema(required = true) long skipped, @Schema(required = true) long overdue) {

        static Progress of(FollowUpRepository.Progress progress) {
            return new Progress(progress.eventId(), progress.eventTitle(), progress.total(), progress.done(),
                    progress.skipped(), progress.overdue());
        }
    }

    @Schema(name = "FollowUpProgressList")
    public record ProgressList(@Schema(required = true) List<Progress> items) {
    }
}
