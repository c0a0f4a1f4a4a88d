package app.rounds.integration.changes;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One change as the feed shows it: thin (what, which, when); the caller fetches the record itself if it wants it. */
@Schema(name = "Change")
public record ChangeResponse(
        @Schema(description = "`<kind>.<operation>`, e.g. `registration.created`", required = true) String type,
        @Schema(required = true, enumeration = {"event", "registration", "profile", "introduction", "follow_up_task"}) String kind,
        @Schema(required = true, enumeration = {"created", "updated", "deleted"}) String operation,
        @Schema(description = "The id of the changed record (for a profile, its attendee's id); a deleted one is a tombstone",
                required = true) UUID objectId,
        @Schema(required = true) Instant changedAt,
        @Schema(description = "This change's position: `after` it continues with the next change", required = true) String cursor) {

    static ChangeResponse of(ChangeFeed.Change change, FeedCursors cursors) {
        return new ChangeResponse(change.type(), change.kind().code(), change.operation(), change.objectId(), change.changedAt(),
                cursors.encode(change.position()));
    }

    @Schema(name = "ChangePage")
    public record Page(
            @Schema(required = true) List<ChangeResponse> items,
            @Schema(description = "Pass as `after` for the next poll; always present, also when the page is empty", required = true)
            String nextCursor,
            @Schema(description = "More changes are ready now: poll again at once", required = true) boolean hasMore) {
    }
}
