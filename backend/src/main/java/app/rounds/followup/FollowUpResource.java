package app.rounds.followup;

import java.net.URI;
import java.util.List;
import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import app.rounds.common.openapi.ApiDocs;
import app.rounds.common.paging.Cursor;
import app.rounds.common.paging.CursorCodec;
import app.rounds.common.paging.PageLinks;
import app.rounds.common.paging.PageRequest;
import app.rounds.common.paging.Slice;
import app.rounds.common.security.CurrentUser;
import app.rounds.common.web.QueryValues;
import io.quarkus.security.Authenticated;

/** The caller's follow-up plans: list, progress per event, add, change, remove. */
@Path("/follow-ups")
@Tag(name = "Follow-ups")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Authenticated
@SecurityRequirement(name = ApiDocs.BEARER)
public class FollowUpResource {

    private final FollowUpService service;
    private final FollowUpViews views;
    private final CurrentUser caller;
    private final CursorCodec cursors;

    FollowUpResource(FollowUpService service, FollowUpViews views, CurrentUser caller, CursorCodec cursors) {
        this.service = service;
        this.views = views;
        this.caller = caller;
        this.cursors = cursors;
    }

    @GET
    @Operation(operationId = "listFollowUps", summary = "The caller's follow-up tasks, soonest due first",
            description = "Removed tasks are gone; done and skipped ones stay until removed. One statement per page plus the profiles'.")
    @APIResponse(responseCode = "200", description = "One page",
            content = @Content(schema = @Schema(implementation = FollowUpResponse.Page.class)))
    @APIResponse(responseCode = "400", ref = ApiDocs.BAD_REQUEST)
    @APIResponse(responseCode = "401", ref = ApiDocs.UNAUTHORIZED)
    public Response list(@QueryParam("status") @Parameter(schema = @Schema(enumeration = {"OPEN", "DONE", "SKIPPED"}))
                         @Size(max = 20) String status,
                         @QueryParam("dueBefore") @Parameter(description = "RFC 3339; tasks due before this",
                                 schema = @Schema(type = SchemaType.STRING, format = "date-time")) @Size(max = 40) String dueBefore,
                         @QueryParam("dueAfter") @Parameter(description = "RFC 3339; tasks due at or after this",
                                 schema = @Schema(type = SchemaType.STRING, format = "date-time")) @Size(max = 40) String dueAfter,
                         @QueryParam("connectionId") @Parameter(schema = @Schema(type = SchemaType.STRING, format = "uuid"))
                         @Size(max = 40) String connectionId,
                         @QueryParam("eventId") @Parameter(schema = @Schema(type = SchemaType.STRING, format = "uuid"))
                         @Size(max = 40) String eventId,
                         @Valid @BeanParam PageRequest page) {
        var filter = new FollowUpRepository.Filter(QueryValues.oneOf("status", status, FollowUpStatus.class),
                instant(QueryValues.dateTime("dueBefore", dueBefore)), instant(QueryValues.dateTime("dueAfter", dueAfter)),
                QueryValues.uuid("connectionId", connectionId), QueryValues.uuid("eventId", eventId));
        List<FollowUpRepository.Row> found = service.list(caller.id(), filter, cursors.after(page), page.fetchSize());
        Slice<FollowUpRepository.Row> slice = cursors.slice(found, page, last -> new Cursor(last.task().dueAt(), last.task().id()));
        var body = new FollowUpResponse.Page(views.of(caller.id(), caller.isOrganizer(), slice.items()), slice.nextCursor());
        return PageLinks.ok(body, slice, page);
    }

    @GET
    @Path("/progress")
    @Operation(operationId = "listFollowUpProgress", summary = "The caller's follow-up progress per event (\"4 of 6 done\")")
    @APIResponse(responseCode = "200", description = "Per event, latest first",
            content = @Content(schema = @Schema(implementation = FollowUpResponse.ProgressList.class)))
    @APIResponse(responseCode = "400", ref = ApiDocs.BAD_REQUEST)
    @APIResponse(responseCode = "401", ref = ApiDocs.UNAUTHORIZED)
    public FollowUpResponse.ProgressList progress(@QueryParam("eventId") @Parameter(schema = @Schema(type = SchemaType.STRING, format = "uuid"))
                                                  @Size(max = 40) String eventId) {
        return new FollowUpResponse.ProgressList(service.progress(caller.id(), QueryValues.uuid("eventId", eventId)).stream()
                .map(FollowUpResponse.Progress::of).toList());
    }

    @POST
    @Operation(operationId = "addFollowUp", summary = "Add a task to the caller's plan for one of their connections")
    @APIResponse(responseCode = "201", description = "Added",
            content = @Content(schema = @Schema(implementation = FollowUpResponse.class)))
    @APIResponse(responseCode = "400", ref = ApiDocs.BAD_REQUEST)
    @APIResponse(responseCode = "401", ref = ApiDocs.UNAUTHORIZED)
    @APIResponse(responseCode = "404", ref = ApiDocs.NOT_FOUND)
    public Response add(@RequestBody(required = true) @Valid @NotNull FollowUpRequests.Add request) {
        FollowUpResponse task = views.of(caller.id(), caller.isOrganizer(), service.add(caller.id(), request));
        return Response.created(URI.create("/api/v1/follow-ups/" + task.id())).entity(task).build();
    }

    @GET
    @Path("/{taskId}")
    @Operation(operationId = "getFollowUp", summary = "One of the caller's follow-up tasks")
    @APIResponse(responseCode = "200", description = "The task")
    @APIResponse(responseCode = "401", ref = ApiDocs.UNAUTHORIZED)
    @APIResponse(responseCode = "404", ref = ApiDocs.NOT_FOUND)
    public FollowUpResponse get(@PathParam("taskId") UUID taskId) {
        return views.of(caller.id(), caller.isOrganizer(), service.get(taskId, caller.id()));
    }

    @PATCH
    @Path("/{taskId}")
    @Operation(operationId = "changeFollowUp", summary = "Mark done or skipped, reopen, reschedule or snooze one of the caller's tasks")
    @APIResponse(responseCode = "200", description = "The task")
    @APIResponse(responseCode = "400", ref = ApiDocs.BAD_REQUEST)
    @APIResponse(responseCode = "401", ref = ApiDocs.UNAUTHORIZED)
    @APIResponse(responseCode = "404", ref = ApiDocs.NOT_FOUND)
    @APIResponse(responseCode = "409", ref = ApiDocs.CONFLICT)
    public FollowUpResponse change(@PathParam("taskId") UUID taskId,
                                   @RequestBody(required = true) @Valid @NotNull FollowUpRequests.Change request) {
        return views.of(caller.id(), caller.isOrganizer(), service.change(taskId, caller.id(), request));
    }

    @DELETE
    @Path("/{taskId}")
    @Consumes(MediaType.WILDCARD)
    @Operation(operationId = "removeFollowUp", summary = "Remove one of the caller's tasks from their plan")
    @APIResponse(responseCode = "204", description = "Removed")
    @APIResponse(responseCode = "401", ref = ApiDocs.UNAUTHORIZED)
    @APIResponse(responseCode = "404", ref = ApiDocs.NOT_FOUND)
    public void remove(@PathParam("taskId") UUID taskId) {
        service.remove(taskId, caller.id());
    }

    private static java.time.Instant instant(java.time.OffsetDateTime time) {
        return time == null ? null : time.toInstant();
    }
}
