package app.rounds.introduction;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriBuilder;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import app.rounds.attendee.ProfileDirectory;
import app.rounds.attendee.ProfileSummary;
import app.rounds.common.error.InvalidInput;
import app.rounds.common.error.NotFound;
import app.rounds.common.openapi.ApiDocs;
import app.rounds.common.paging.Cursor;
import app.rounds.common.paging.CursorCodec;
import app.rounds.common.paging.PageLinks;
import app.rounds.common.paging.PageRequest;
import app.rounds.common.paging.Slice;
import app.rounds.common.security.ApiScope;
import app.rounds.common.security.CurrentUser;
import app.rounds.common.security.RequiresScope;
import app.rounds.common.web.QueryValues;
import app.rounds.introduction.IntroductionQueries.Direction;
import io.quarkus.security.Authenticated;

@Path("/introductions")
@Tag(name = "Introductions")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Authenticated
@SecurityRequirement(name = ApiDocs.BEARER)
public class IntroductionResource {

    private final IntroductionService service;
    private final IntroductionQueries queries;
    private final CurrentUser caller;
    private final CursorCodec cursors;
    private final Clock clock;
    private final ProfileDirectory profiles;

    IntroductionResource(IntroductionService service, IntroductionQueries queries, CurrentUser caller, Clock clock,
                         CursorCodec cursors, ProfileDirectory profiles) {
        this.profiles = profiles;
        this.service = service;
        this.queries = queries;
        this.caller = caller;
        this.clock = clock;
        this.cursors = cursors;
    }

    @GET
    @RequiresScope(ApiScope.INTRODUCTIONS_READ)
    @SecurityRequirement(name = ApiDocs.BEARER)
    @SecurityRequirement(name = ApiDocs.INTEGRATION_KEY, scopes = "introductions:read")
    @Operation(operationId = "listIntroductions", summary = "Introductions the caller is part of or proposed, newest first",
            description = "An organizer naming an eventId sees all of that event's introductions, without the reason and"
                    + " answer message of those they are not part of and did not propose.")
    @APIResponse(responseCode = "200", description = "One page",
            content = @Content(schema = @Schema(implementation = IntroductionResponse.Page.class)))
    @APIResponse(responseCode = "400", ref = ApiDocs.BAD_REQUEST)
    @APIResponse(responseCode = "401", ref = ApiDocs.UNAUTHORIZED)
    @APIResponse(responseCode = "403", ref = ApiDocs.FORBIDDEN)
    @APIResponse(responseCode = "429", ref = ApiDocs.TOO_MANY_REQUESTS)
    public Response list(@QueryParam("eventId") @Parameter(schema = @Schema(type = org.eclipse.microprofile.openapi.annotations.enums.SchemaType.STRING, format = "uuid")) String eventId,
                         @QueryParam("status") @Parameter(schema = @Schema(implementation = IntroductionStatus.class)) String status,
                         @QueryParam("direction") @Parameter(description = "SENT: proposed by the caller; RECEIVED: proposed to the caller",
                                 schema = @Schema(implementation = Direction.class)) String direction,
                         @Valid @BeanParam PageRequest page) {
        UUID event = QueryValues.uuid("eventId", eventId);
        var filter = new IntroductionQueries.Filter(caller.id(), caller.isOrganizer() && event != null, event,
                QueryValues.oneOf("status", status, IntroductionStatus.class), QueryValues.oneOf("direction", direction, Direction.class));
        Instant now = clock.instant();
        List<IntroductionQueries.Row> found = queries.list(filter, now, cursors.after(page), page.fetchSize());
        Slice<IntroductionQueries.Row> slice = cursors.slice(found, page,
                last -> new Cursor(last.introduction().createdAt(), last.introduction().id()));
        Map<UUID, ProfileSummary> summaries = summariesOf(slice.items());
        List<IntroductionResponse> items = slice.items().stream()
                .map(row -> IntroductionResponse.of(row, now, caller.id(), summaries)).toList();
        return PageLinks.ok(new IntroductionResponse.Page(items, slice.nextCursor()), slice, page);
    }

    @POST
    @Operation(operationId = "createIntroduction", summary = "Ask to meet an attendee of the same event, or broker two attendees",
            description = "A request counts against the event's cap on the requester's open requests (see"
                    + " GET /events/{eventId}/introduction-allowance). The other side is notified.")
    @APIResponse(responseCode = "201", description = "Proposed",
            content = @Content(schema = @Schema(implementation = IntroductionResponse.class)))
    @APIResponse(responseCode = "400", ref = ApiDocs.BAD_REQUEST)
    @APIResponse(responseCode = "401", ref = ApiDocs.UNAUTHORIZED)
    @APIResponse(responseCode = "403", ref = ApiDocs.FORBIDDEN)
    @APIResponse(responseCode = "409", ref = ApiDocs.CONFLICT)
    public Response create(@RequestBody(required = true) @Valid @NotNull IntroductionRequests.Create request) {
        boolean asking = request.recipientId() != null && request.partyAId() == null && request.partyBId() == null;
        boolean brokering = request.recipientId() == null && request.partyAId() != null && request.partyBId() != null;
        if (!asking && !brokering) {
            throw new InvalidInput("recipientId", "give recipientId to ask for yourself, or partyAId and partyBId to broker");
        }
        Introduction introduction = asking
                ? service.request(request.eventId(), caller.id(), request.recipientId(), request.reason())
                : service.broker(request.eventId(), caller.id(), caller.isOrganizer(), request.partyAId(), request.partyBId(),
                        request.reason());
        return Response.created(UriBuilder.fromResource(IntroductionResource.class).path("{introductionId}").build(introduction.id())).entity(view(introduction.id())).build();
    }

    @GET
    @Path("/{introductionId}")
    @RequiresScope(ApiScope.INTRODUCTIONS_READ)
    @SecurityRequirement(name = ApiDocs.BEARER)
    @SecurityRequirement(name = ApiDocs.INTEGRATION_KEY, scopes = "introductions:read")
    @Operation(operationId = "getIntroduction", summary = "One introduction the caller is part of, proposed, or (organizers) any",
            description = "An organizer who is neither one of the two people nor its proposer gets it without the private"
                    + " text: no reason and no answer message.")
    @APIResponse(responseCode = "200", description = "The introduction")
    @APIResponse(responseCode = "401", ref = ApiDocs.UNAUTHORIZED)
    @APIResponse(responseCode = "403", ref = ApiDocs.FORBIDDEN)
    @APIResponse(responseCode = "429", ref = ApiDocs.TOO_MANY_REQUESTS)
    @APIResponse(responseCode = "404", ref = ApiDocs.NOT_FOUND)
    public IntroductionResponse get(@PathParam("introductionId") UUID introductionId) {
        UUID me = caller.id();
        IntroductionQueries.Row row = NotFound.unlessHidden(queries.one(introductionId),
                found -> caller.isOrganizer() || found.introduction().involves(me), "Introduction");
        return IntroductionResponse.of(row, clock.instant(), me, summariesOf(List.of(row)));
    }

    @POST
    @Path("/{introductionId}/accept")
    @Consumes({MediaType.APPLICATION_JSON, MediaType.WILDCARD})
    @Operation(operationId = "acceptIntroduction", summary = "Accept, as a party still to answer",
            description = "When every party has accepted, the two are connected.")
    @APIResponse(responseCode = "200", description = "The introduction")
    @APIResponse(responseCode = "400", ref = ApiDocs.BAD_REQUEST)
    @APIResponse(responseCode = "401", ref = ApiDocs.UNAUTHORIZED)
    @APIResponse(responseCode = "403", ref = ApiDocs.FORBIDDEN)
    @APIResponse(responseCode = "404", ref = ApiDocs.NOT_FOUND)
    @APIResponse(responseCode = "409", ref = ApiDocs.CONFLICT)
    public IntroductionResponse accept(@PathParam("introductionId") UUID introductionId,
                                       @RequestBody(required = false) @Valid IntroductionRequests.AnswerNote request) {
        return view(service.accept(introductionId, caller.id(), caller.isOrganizer(), message(request)).id());
    }

    @POST
    @Path("/{introductionId}/decline")
    @Consumes({MediaType.APPLICATION_JSON, MediaType.WILDCARD})
    @Operation(operationId = "declineIntroduction", summary = "Decline, as a party still to answer, optionally with a message")
    @APIResponse(responseCode = "200", description = "The introduction")
    @APIResponse(responseCode = "400", ref = ApiDocs.BAD_REQUEST)
    @APIResponse(responseCode = "401", ref = ApiDocs.UNAUTHORIZED)
    @APIResponse(responseCode = "403", ref = ApiDocs.FORBIDDEN)
    @APIResponse(responseCode = "404", ref = ApiDocs.NOT_FOUND)
    @APIResponse(responseCode = "409", ref = ApiDocs.CONFLICT)
    public IntroductionResponse decline(@PathParam("introductionId") UUID introductionId,
                                        @RequestBody(required = false) @Valid IntroductionRequests.AnswerNote request) {
        return view(service.decline(introductionId, caller.id(), caller.isOrganizer(), message(request)).id());
    }

    @POST
    @Path("/{introductionId}/withdraw")
    @Consumes(MediaType.WILDCARD)
    @Operation(operationId = "withdrawIntroduction", summary = "Withdraw a pending introduction the caller asked for or proposed")
    @APIResponse(responseCode = "200", description = "The introduction")
    @APIResponse(responseCode = "401", ref = ApiDocs.UNAUTHORIZED)
    @APIResponse(responseCode = "403", ref = ApiDocs.FORBIDDEN)
    @APIResponse(responseCode = "404", ref = ApiDocs.NOT_FOUND)
    @APIResponse(responseCode = "409", ref = ApiDocs.CONFLICT)
    public IntroductionResponse withdraw(@PathParam("introductionId") UUID introductionId) {
        return view(service.withdraw(introductionId, caller.id(), caller.isOrganizer()).id());
    }

    @POST
    @Path("/{introductionId}/met")
    @Consumes(MediaType.WILDCARD)
    @Operation(operationId = "markIntroductionMet", summary = "Say that the two people of an accepted introduction met",
            description = "Each party says it for themselves; saying it again changes nothing.")
    @APIResponse(responseCode = "200", description = "The introduction")
    @APIResponse(responseCode = "401", ref = ApiDocs.UNAUTHORIZED)
    @APIResponse(responseCode = "403", ref = ApiDocs.FORBIDDEN)
    @APIResponse(responseCode = "404", ref = ApiDocs.NOT_FOUND)
    @APIResponse(responseCode = "409", ref = ApiDocs.CONFLICT)
    public IntroductionResponse markMet(@PathParam("introductionId") UUID introductionId) {
        return view(service.markMet(introductionId, caller.id(), caller.isOrganizer()).id());
    }

    private IntroductionResponse view(UUID introductionId) {
        IntroductionQueries.Row row = queries.one(introductionId).orElseThrow(() -> new NotFound("Introduction"));
        return IntroductionResponse.of(row, clock.instant(), caller.id(), summariesOf(List.of(row)));
    }

    /** The summaries of everyone these introductions name, as the caller may see them, in one read. */
    private Map<UUID, ProfileSummary> summariesOf(List<IntroductionQueries.Row> rows) {
        return profiles.summariesVisibleTo(caller.id(), caller.isOrganizer(),
                rows.stream().flatMap(IntroductionResponse::peopleOf).toList());
    }

    private static String message(IntroductionRequests.AnswerNote request) {
        return request == null || request.message() == null || request.message().isBlank() ? null : request.message().strip();
    }
}
