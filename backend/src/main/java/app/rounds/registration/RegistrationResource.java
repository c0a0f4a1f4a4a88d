package app.rounds.registration;

import java.util.List;
import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
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
import jakarta.ws.rs.core.UriBuilder;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import app.rounds.common.error.InvalidInput;
import app.rounds.common.openapi.ApiDocs;
import app.rounds.common.paging.CursorCodec;
import app.rounds.common.paging.PageLinks;
import app.rounds.common.paging.PageRequest;
import app.rounds.common.paging.Slice;
import app.rounds.common.security.ApiScope;
import app.rounds.common.security.CurrentUser;
import app.rounds.common.security.IntegrationCaller;
import app.rounds.common.security.RequiresScope;
import app.rounds.common.web.QueryValues;
import app.rounds.registration.RegistrationRequests.Page;
import app.rounds.registration.RegistrationService.Caller;
import io.quarkus.security.Authenticated;

@Path("/events/{eventId}/registrations")
@Tag(name = "Registration")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Authenticated
@SecurityRequirement(name = ApiDocs.BEARER)
public class RegistrationResource {

    private final RegistrationService registrations;
    private final RegistrationQueries queries;
    private final CurrentUser currentUser;
    private final CursorCodec cursors;
    private final RegistrationViews views;

    RegistrationResource(RegistrationService registrations, RegistrationQueries queries, CurrentUser currentUser,
                         CursorCodec cursors, RegistrationViews views) {
        this.views = views;
        this.registrations = registrations;
        this.queries = queries;
        this.currentUser = currentUser;
        this.cursors = cursors;
    }

    @POST
    @Consumes({MediaType.APPLICATION_JSON, MediaType.WILDCARD})
    @Operation(operationId = "register", summary = "Register for an event: a seat while any remain, else the waitlist",
            description = "Idempotent: registering again returns the existing registration with 200. Organizers may name an attendee.")
    @APIResponse(responseCode = "201", description = "Registered or waitlisted",
            content = @Content(schema = @Schema(implementation = RegistrationResponse.class)))
    @APIResponse(responseCode = "200", description = "Already registered or waitlisted; unchanged",
            content = @Content(schema = @Schema(implementation = RegistrationResponse.class)))
    @APIResponse(responseCode = "400", ref = ApiDocs.BAD_REQUEST)
    @APIResponse(responseCode = "401", ref = ApiDocs.UNAUTHORIZED)
    @APIResponse(responseCode = "403", ref = ApiDocs.FORBIDDEN)
    @APIResponse(responseCode = "404", ref = ApiDocs.NOT_FOUND)
    @APIResponse(responseCode = "409", ref = ApiDocs.CONFLICT)
    public Response register(@PathParam("eventId") UUID eventId, @RequestBody(required = false) RegistrationRequests.Register request) {
        Caller caller = caller();
        UUID attendeeId = request == null || request.attendeeId() == null ? caller.id() : request.attendeeId();
        var registered = registrations.register(eventId, attendeeId, caller);
        RegistrationResponse body = view(registered.registration());
        if (!registered.created()) {
            return Response.ok(body).build();
        }
        return Response.created(UriBuilder.fromResource(RegistrationResource.class).path("{registrationId}").build(eventId, body.id())).entity(body).build();
    }

    @GET
    @RolesAllowed({CurrentUser.ORGANIZER, IntegrationCaller.ROLE})
    @RequiresScope(ApiScope.REGISTRATIONS_READ)
    @SecurityRequirement(name = ApiDocs.BEARER)
    @SecurityRequirement(name = ApiDocs.INTEGRATION_KEY, scopes = "registrations:read")
    @Operation(operationId = "listRegistrations", summary = "An event's registrations, with waitlist order and name search (organizers)")
    @APIResponse(responseCode = "200", description = "One page", content = @Content(schema = @Schema(implementation = Page.class)))
    @APIResponse(responseCode = "400", ref = ApiDocs.BAD_REQUEST)
    @APIResponse(responseCode = "401", ref = ApiDocs.UNAUTHORIZED)
    @APIResponse(responseCode = "403", ref = ApiDocs.FORBIDDEN)
    @APIResponse(responseCode = "429", ref = ApiDocs.TOO_MANY_REQUESTS)
    @APIResponse(responseCode = "404", ref = ApiDocs.NOT_FOUND)
    public Response list(@PathParam("eventId") UUID eventId,
                         @QueryParam("status") @Parameter(schema = @Schema(implementation = RegistrationStatus.class)) String status,
                         @QueryParam("q") @Parameter(description = "Part of the attendee's name") @Size(max = 120) String q,
                         @Valid @BeanParam PageRequest page) {
        RegistrationStatus listed = QueryValues.oneOf("status", status, RegistrationStatus.class);
        List<RegistrationQueries.Row> found = queries.ofEvent(eventId, listed, q, cursors.after(page), page.fetchSize());
        Slice<RegistrationQueries.Row> slice = cursors.slice(found, page,
                last -> RegistrationQueries.cursorAfter(last.registration(), listed));
        return PageLinks.ok(new Page(views.ofEvent(slice.items()), slice.nextCursor()), slice, page);
    }

    @GET
    @Path("/{registrationId}")
    @RequiresScope(ApiScope.REGISTRATIONS_READ)
    @SecurityRequirement(name = ApiDocs.BEARER)
    @SecurityRequirement(name = ApiDocs.INTEGRATION_KEY, scopes = "registrations:read")
    @Operation(operationId = "getRegistration", summary = "One registration: the holder's own (with ticket), or any (organizers)")
    @APIResponse(responseCode = "200", description = "The registration")
    @APIResponse(responseCode = "401", ref = ApiDocs.UNAUTHORIZED)
    @APIResponse(responseCode = "403", ref = ApiDocs.FORBIDDEN)
    @APIResponse(responseCode = "429", ref = ApiDocs.TOO_MANY_REQUESTS)
    @APIResponse(responseCode = "404", ref = ApiDocs.NOT_FOUND)
    public RegistrationResponse get(@PathParam("eventId") UUID eventId, @PathParam("registrationId") UUID registrationId) {
        Caller caller = caller();
        return view(registrations.get(eventId, registrationId, caller));
    }

    @PATCH
    @RolesAllowed(CurrentUser.ORGANIZER)
    @Path("/{registrationId}")
    @Operation(operationId = "updateRegistration", summary = "Move an attendee off the waitlist, or cancel (organizers)")
    @APIResponse(responseCode = "200", description = "The changed registration")
    @APIResponse(responseCode = "400", ref = ApiDocs.BAD_REQUEST)
    @APIResponse(responseCode = "401", ref = ApiDocs.UNAUTHORIZED)
    @APIResponse(responseCode = "403", ref = ApiDocs.FORBIDDEN)
    @APIResponse(responseCode = "404", ref = ApiDocs.NOT_FOUND)
    @APIResponse(responseCode = "409", ref = ApiDocs.CONFLICT)
    public RegistrationResponse update(@PathParam("eventId") UUID eventId, @PathParam("registrationId") UUID registrationId,
                                       @RequestBody(required = true) @Valid @NotNull RegistrationRequests.Update request) {
        Caller caller = caller();
        Registration changed = switch (request.status()) {
            case REGISTERED -> registrations.promote(eventId, registrationId);
            case CANCELLED -> registrations.cancel(eventId, registrationId, caller);
            default -> throw new InvalidInput("status", "must be REGISTERED or CANCELLED");
        };
        return view(changed);
    }

    @DELETE
    @Path("/{registrationId}")
    @Consumes(MediaType.WILDCARD)
    @Operation(operationId = "cancelRegistration", summary = "Cancel a registration: your own, or any (organizers)",
            description = "A freed seat goes to the first attendee on the waitlist, who is notified.")
    @APIResponse(responseCode = "200", description = "The cancelled registration")
    @APIResponse(responseCode = "401", ref = ApiDocs.UNAUTHORIZED)
    @APIResponse(responseCode = "404", ref = ApiDocs.NOT_FOUND)
    @APIResponse(responseCode = "409", ref = ApiDocs.CONFLICT)
    public RegistrationResponse cancel(@PathParam("eventId") UUID eventId, @PathParam("registrationId") UUID registrationId) {
        Caller caller = caller();
        return view(registrations.cancel(eventId, registrationId, caller));
    }

    private RegistrationResponse view(Registration registration) {
        return views.one(queries.one(registration));
    }

    private Caller caller() {
        return new Caller(currentUser.id(), currentUser.isOrganizer());
    }
}
