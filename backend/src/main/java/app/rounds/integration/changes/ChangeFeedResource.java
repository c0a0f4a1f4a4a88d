package app.rounds.integration.changes;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import app.rounds.common.error.Problem;
import app.rounds.common.openapi.ApiDocs;
import app.rounds.common.security.CurrentUser;
import app.rounds.common.security.FiltersByScope;
import app.rounds.common.security.IntegrationCaller;

/** {@code GET /changes}: what changed since the caller's last cursor. */
@Path("/changes")
@Tag(name = "Integrations")
@Produces(MediaType.APPLICATION_JSON)
public class ChangeFeedResource {

    private final ChangeFeed feed;
    private final FeedCursors cursors;
    private final ChangeAudiences audiences;

    ChangeFeedResource(ChangeFeed feed, FeedCursors cursors, ChangeAudiences audiences) {
        this.feed = feed;
        this.cursors = cursors;
        this.audiences = audiences;
    }

    @GET
    @RolesAllowed({CurrentUser.ORGANIZER, IntegrationCaller.ROLE})
    @FiltersByScope
    @SecurityRequirement(name = ApiDocs.BEARER)
    @SecurityRequirement(name = ApiDocs.INTEGRATION_KEY)
    @Operation(operationId = "listChanges", summary = "Changes to events, registrations, profiles, introductions and follow-up tasks",
            description = "Oldest first, each once: poll with the last `nextCursor` and no change is ever skipped or repeated,"
                    + " also when a transaction commits late (the feed reads below the transaction-id watermark). Only the kinds"
                    + " the caller may see are listed: for a key, those its read scopes open (events:read, registrations:read,"
                    + " attendees:read for profiles, introductions:read, followups:read). Deletions are tombstones."
                    + " Changes are kept for a limited time (30 days by default): a cursor older than that is answered"
                    + " with 410 Gone (`expired`); read the records afresh, then follow the feed from the start.")
    @APIResponse(responseCode = "200", description = "One page",
            content = @Content(schema = @Schema(implementation = ChangeResponse.Page.class)))
    @APIResponse(responseCode = "400", ref = ApiDocs.BAD_REQUEST)
    @APIResponse(responseCode = "401", ref = ApiDocs.UNAUTHORIZED)
    @APIResponse(responseCode = "403", ref = ApiDocs.FORBIDDEN)
    @APIResponse(responseCode = "410", description = "The cursor is older than the feed keeps; resync",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public ChangeResponse.Page list(
            @QueryParam("after") @Size(max = 200)
            @Parameter(description = "The `nextCursor` (or a change's `cursor`) of an earlier answer; absent: from the start."
                    + " A cursor this feed did not issue is refused (400).") String after,
            @QueryParam("limit") @DefaultValue("100") @Min(1) @Max(1000)
            @Parameter(description = "How many changes the page shows at most") int limit) {
        ChangeAudience audience = audiences.current();
        ChangeFeed.Page page = feed.after(cursors.decode(after, "after"), limit, audience);
        return new ChangeResponse.Page(page.changes().stream().map(change -> ChangeResponse.of(change, cursors)).toList(),
                cursors.encode(page.next()), page.more());
    }
}
