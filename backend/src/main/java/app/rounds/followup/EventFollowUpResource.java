package app.rounds.followup;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import app.rounds.common.openapi.ApiDocs;
import app.rounds.common.paging.Cursor;
import app.rounds.common.paging.CursorCodec;
import app.rounds.common.paging.PageLinks;
import app.rounds.common.paging.PageRequest;
import app.rounds.common.paging.Slice;
import app.rounds.common.security.ApiScope;
import app.rounds.common.security.CurrentUser;
import app.rounds.common.security.IntegrationCaller;
import app.rounds.common.security.RequiresScope;

/** {@code GET /events/{eventId}/follow-ups}: how an event's follow-up plans stand, for organizers and their integrations. */
@Path("/events/{eventId}/follow-ups")
@Tag(name = "Follow-ups")
@Produces(MediaType.APPLICATION_JSON)
public class EventFollowUpResource {

    private final EventFollowUps followUps;
    private final CursorCodec cursors;
    private final Clock clock;

    EventFollowUpResource(EventFollowUps followUps, CursorCodec cursors, Clock clock) {
        this.followUps = followUps;
        this.cursors = cursors;
        this.clock = clock;
    }

    @GET
    @RolesAllowed({CurrentUser.ORGANIZER, IntegrationCaller.ROLE})
    @RequiresScope(ApiScope.FOLLOWUPS_READ)
    @SecurityRequirement(name = ApiDocs.BEARER)
    @SecurityRequirement(name = ApiDocs.INTEGRATION_KEY, scopes = "followups:read")
    @Operation(operationId = "listEventFollowUps", summary = "Every attendee's follow-up tasks at an event, by state (organizers)",
            description = "Soonest due first: who owes which connection what kind of task, when it is due, and whether it"
                    + " is open, done, skipped or overdue. Never a task's title, a note or a referral report. The task ids"
                    + " are the change feed's and webhooks' `follow_up_task` ids.")
    @APIResponse(responseCode = "200", description = "One page",
            content = @Content(schema = @Schema(implementation = EventFollowUpResponse.Page.class)))
    @APIResponse(responseCode = "400", ref = ApiDocs.BAD_REQUEST)
    @APIResponse(responseCode = "401", ref = ApiDocs.UNAUTHORIZED)
    @APIResponse(responseCode = "403", ref = ApiDocs.FORBIDDEN)
    @APIResponse(responseCode = "404", ref = ApiDocs.NOT_FOUND)
    @APIResponse(responseCode = "429", ref = ApiDocs.TOO_MANY_REQUESTS)
    public Response list(@PathParam("eventId") UUID eventId, @Valid @BeanParam PageRequest page) {
        List<FollowUpTask> found = followUps.page(eventId, cursors.after(page), page.fetchSize());
        Slice<FollowUpTask> slice = cursors.slice(found, page, last -> new Cursor(last.dueAt(), last.id()));
        Instant now = clock.instant();
        var body = new EventFollowUpResponse.Page(slice.items().stream().map(task -> EventFollowUpResponse.of(task, now)).toList(),
                slice.nextCursor());
        return PageLinks.ok(body, slice, page);
    }
}
