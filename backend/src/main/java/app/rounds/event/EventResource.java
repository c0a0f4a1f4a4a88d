package app.rounds.event;

import java.util.List;
import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriBuilder;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
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
import app.rounds.common.security.ApiScope;
import app.rounds.common.security.CurrentUser;
import app.rounds.common.security.RequiresScope;
import app.rounds.common.web.QueryValues;
import io.quarkus.security.Authenticated;

@Path("/events")
@Tag(name = "Events")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Authenticated
@SecurityRequirement(name = ApiDocs.BEARER)
public class EventResource {

    private final EventService events;
    private final CurrentUser caller;
    private final CursorCodec cursors;

    EventResource(EventService events, CurrentUser caller, CursorCodec cursors) {
        this.events = events;
        this.caller = caller;
        this.cursors = cursors;
    }

    @GET
    @RequiresScope(ApiScope.EVENTS_READ)
    @SecurityRequirement(name = ApiDocs.BEARER)
    @SecurityRequirement(name = ApiDocs.INTEGRATION_KEY, scopes = "events:read")
    @Operation(operationId = "listEvents", summary = "Find events: upcoming by default, in start order, cursor-paged")
    @APIResponse(responseCode = "200", description = "One page of events",
            headers = @Header(name = "Link", description = "rel=\"next\" link when there are more", schema = @Schema(type = SchemaType.STRING)),
            content = @Content(schema = @Schema(implementation = EventPage.class)))
    @APIResponse(responseCode = "400", ref = ApiDocs.BAD_REQUEST)
    @APIResponse(responseCode = "401", ref = ApiDocs.UNAUTHORIZED)
    @APIResponse(responseCode = "403", ref = ApiDocs.FORBIDDEN)
    @APIResponse(responseCode = "429", ref = ApiDocs.TOO_MANY_REQUESTS)
    public Response list(@QueryParam("city") @Size(max = 120) String city,
                         @QueryParam("from") @Parameter(description = "RFC 3339; events ending at or after this",
                                 schema = @Schema(type = SchemaType.STRING, format = "date-time")) String from,
                         @QueryParam("to") @Parameter(description = "RFC 3339; events starting before this",
                                 schema = @Schema(type = SchemaType.STRING, format = "date-time")) String to,
                         @QueryParam("specialty") @Size(max = 20) String specialty,
                         @QueryParam("q") @Size(max = 200) String q,
                         @QueryParam("status") @Parameter(description = "Organizers only; attendees always see published events",
                                 schema = @Schema(implementation = EventStatus.class)) String status,
                         @Valid @BeanParam PageRequest page) {
        List<Event> found = events.search(new EventService.EventQuery(city,
                        QueryValues.dateTime("from", from), QueryValues.dateTime("to", to), specialty, q,
                        QueryValues.oneOf("status", status, EventStatus.class)),
                caller.isOrganizer(), cursors.after(page), page.fetchSize());
        Slice<Event> slice = cursors.slice(found, page, last -> new Cursor(last.startsAt(), last.id()));
        var now = events.now();
        return PageLinks.ok(new EventPage(slice.items().stream().map(event -> EventResponse.of(event, now)).toList(),
                slice.nextCursor()), slice, page);
    }

    @POST
    @RolesAllowed(CurrentUser.ORGANIZER)
    @Operation(operationId = "createEvent", summary = "Create an event as a draft (organizers)")
    @APIResponse(responseCode = "201", description = "Created",
            content = @Content(schema = @Schema(implementation = EventResponse.class)))
    @APIResponse(responseCode = "400", ref = ApiDocs.BAD_REQUEST)
    @APIResponse(responseCode = "401", ref = ApiDocs.UNAUTHORIZED)
    @APIResponse(responseCode = "403", ref = ApiDocs.FORBIDDEN)
    public Response create(@RequestBody(required = true) @Valid @NotNull CreateEventRequest request) {
        Event event = events.create(request, caller.id());
        return Response.created(UriBuilder.fromResource(EventResource.class).path("{eventId}").build(event.id())).entity(EventResponse.of(event, events.now())).build();
    }

    @GET
    @Path("/{eventId}")
    @RequiresScope(ApiScope.EVENTS_READ)
    @SecurityRequirement(name = ApiDocs.BEARER)
    @SecurityRequirement(name = ApiDocs.INTEGRATION_KEY, scopes = "events:read")
    @Operation(operationId = "getEvent", summary = "One event")
    @APIResponse(responseCode = "200", description = "The event")
    @APIResponse(responseCode = "401", ref = ApiDocs.UNAUTHORIZED)
    @APIResponse(responseCode = "403", ref = ApiDocs.FORBIDDEN)
    @APIResponse(responseCode = "429", ref = ApiDocs.TOO_MANY_REQUESTS)
    @APIResponse(responseCode = "404", ref = ApiDocs.NOT_FOUND)
    public EventResponse get(@PathParam("eventId") UUID eventId) {
        return EventResponse.of(events.get(eventId, caller.isOrganizer()), events.now());
    }

    @PATCH
    @RolesAllowed(CurrentUser.ORGANIZER)
    @Path("/{eventId}")
    @Operation(operationId = "updateEvent", summary = "Change some of an event's details or its capacity (organizers)",
            description = "Raising capacity promotes attendees from the waitlist; lowering it below the registered count is refused.")
    @APIResponse(responseCode = "200", description = "The changed event")
    @APIResponse(responseCode = "400", ref = ApiDocs.BAD_REQUEST)
    @APIResponse(responseCode = "401", ref = ApiDocs.UNAUTHORIZED)
    @APIResponse(responseCode = "403", ref = ApiDocs.FORBIDDEN)
    @APIResponse(responseCode = "404", ref = ApiDocs.NOT_FOUND)
    @APIResponse(responseCode = "409", ref = ApiDocs.CONFLICT)
    public EventResponse update(@PathParam("eventId") UUID eventId,
                                @RequestBody(required = true) @Valid @NotNull UpdateEventRequest request) {
        return EventResponse.of(events.update(eventId, request), events.now());
    }

    @POST
    @RolesAllowed(CurrentUser.ORGANIZER)
    @Path("/{eventId}/publish")
    @Consumes(MediaType.WILDCARD)
    @Operation(operationId = "publishEvent", summary = "Publish a draft so attendees can find it and register (organizers)")
    @APIResponse(responseCode = "200", description = "Published")
    @APIResponse(responseCode = "401", ref = ApiDocs.UNAUTHORIZED)
    @APIResponse(responseCode = "403", ref = ApiDocs.FORBIDDEN)
    @APIResponse(responseCode = "404", ref = ApiDocs.NOT_FOUND)
    @APIResponse(responseCode = "409", ref = ApiDocs.CONFLICT)
    public EventResponse publish(@PathParam("eventId") UUID eventId) {
        return EventResponse.of(events.publish(eventId), events.now());
    }

    @POST
    @RolesAllowed(CurrentUser.ORGANIZER)
    @Path("/{eventId}/cancel")
    @Consumes(MediaType.WILDCARD)
    @Operation(operationId = "cancelEvent", summary = "Cancel an event and notify its registrants (organizers)")
    @APIResponse(responseCode = "200", description = "Cancelled")
    @APIResponse(responseCode = "401", ref = ApiDocs.UNAUTHORIZED)
    @APIResponse(responseCode = "403", ref = ApiDocs.FORBIDDEN)
    @APIResponse(responseCode = "404", ref = ApiDocs.NOT_FOUND)
    @APIResponse(responseCode = "409", ref = ApiDocs.CONFLICT)
    public EventResponse cancel(@PathParam("eventId") UUID eventId) {
        return EventResponse.of(events.cancel(eventId), events.now());
    }

    @POST
    @RolesAllowed(CurrentUser.ORGANIZER)
    @Path("/{eventId}/complete")
    @Consumes(MediaType.WILDCARD)
    @Operation(operationId = "completeEvent", summary = "Mark an event as held; registrants who never checked in become no-shows (organizers)")
    @APIResponse(responseCode = "200", description = "Completed")
    @APIResponse(responseCode = "401", ref = ApiDocs.UNAUTHORIZED)
    @APIResponse(responseCode = "403", ref = ApiDocs.FORBIDDEN)
    @APIResponse(responseCode = "404", ref = ApiDocs.NOT_FOUND)
    @APIResponse(responseCode = "409", ref = ApiDocs.CONFLICT)
    public EventResponse complete(@PathParam("eventId") UUID eventId) {
        return EventResponse.of(events.complete(eventId), events.now());
    }
}
