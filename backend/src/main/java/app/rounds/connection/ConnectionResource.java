package app.rounds.connection;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
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

import app.rounds.attendee.AttendeeProfileResponse;
import app.rounds.attendee.ProfileDirectory;
import app.rounds.attendee.Specialty;
import app.rounds.attendee.SpecialtyVocabulary;
import app.rounds.common.error.NotFound;
import app.rounds.common.openapi.ApiDocs;
import app.rounds.common.paging.Cursor;
import app.rounds.common.paging.CursorCodec;
import app.rounds.common.paging.PageLinks;
import app.rounds.common.paging.PageRequest;
import app.rounds.common.paging.Slice;
import app.rounds.common.security.CurrentUser;
import app.rounds.common.security.ShortCodes;
import app.rounds.common.throttle.TypedCodeThrottle;
import app.rounds.common.web.ClientAddress;
import io.quarkus.security.Authenticated;
import io.vertx.ext.web.RoutingContext;

/** The caller's connections: list and search, one with its contact card, connecting by scan, cell consent. */
@Path("/connections")
@Tag(name = "Connections")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Authenticated
@SecurityRequirement(name = ApiDocs.BEARER)
public class ConnectionResource {

    private static final String VCARD = "text/vcard";

    private final ConnectionService service;
    private final ConnectionRepository connections;
    private final ProfileDirectory profiles;
    private final SpecialtyVocabulary vocabulary;
    private final CurrentUser caller;
    private final CursorCodec cursors;
    private final TypedCodeThrottle typedCodes;

    ConnectionResource(ConnectionService service, ConnectionRepository connections, ProfileDirectory profiles,
                       SpecialtyVocabulary vocabulary, CurrentUser caller, CursorCodec cursors, TypedCodeThrottle typedCodes) {
        this.service = service;
        this.connections = connections;
        this.profiles = profiles;
        this.vocabulary = vocabulary;
        this.caller = caller;
        this.cursors = cursors;
        this.typedCodes = typedCodes;
    }

    @GET
    @Operation(operationId = "listConnections", summary = "The caller's connections, newest first, with search",
            description = "Each with the other person's profile as the caller may see it. Three statements per page.")
    @APIResponse(responseCode = "200", description = "One page",
            content = @Content(schema = @Schema(implementation = ConnectionResponse.Page.class)))
    @APIResponse(responseCode = "400", ref = ApiDocs.BAD_REQUEST)
    @APIResponse(responseCode = "401", ref = ApiDocs.UNAUTHORIZED)
    public Response list(@QueryParam("q") @Parameter(description = "Part of the other person's name, city or specialty")
                         @Size(max = 120) String q,
                         @Valid @BeanParam PageRequest page) {
        UUID me = caller.id();
        List<String> specialtyCodes = q == null || q.isBlank() ? List.of()
                : vocabulary.search(q.strip()).stream().map(Specialty::code).toList();
        List<ConnectionRepository.Row> found = connections.of(me, q, specialtyCodes, cursors.after(page), page.fetchSize());
        Slice<ConnectionRepository.Row> slice = cursors.slice(found, page,
                last -> new Cursor(last.connection().createdAt(), last.connection().id()));
        Map<UUID, AttendeeProfileResponse> people = profiles.visibleTo(me, caller.isOrganizer(),
                slice.items().stream().map(row -> row.connection().otherThan(me)).toList());
        List<ConnectionResponse> items = slice.items().stream()
                .map(row -> ConnectionResponse.of(row, me, people.get(row.connection().otherThan(me))))
                .toList();
        return PageLinks.ok(new ConnectionResponse.Page(items, slice.nextCursor()), slice, page);
    }

    @GET
    @Path("/{connectionId}")
    @Operation(operationId = "getConnection", summary = "One of the caller's connections: the other person, where they met, consents")
    @APIResponse(responseCode = "200", description = "The connection")
    @APIResponse(responseCode = "401", ref = ApiDocs.UNAUTHORIZED)
    @APIResponse(responseCode = "404", ref = ApiDocs.NOT_FOUND)
    public ConnectionResponse get(@PathParam("connectionId") UUID connectionId) {
        return view(service.mine(connectionId, caller.id()));
    }

    @POST
    @Path("/scan")
    @Operation(operationId = "scanConnectCode", summary = "Connect at once with the attendee whose QR code the caller scanned",
            description = "Both must hold a seat at the code's event. Scanning someone already connected returns that connection.")
    @APIResponse(responseCode = "201", description = "Connected",
            content = @Content(schema = @Schema(implementation = ConnectionResponse.class)))
    @APIResponse(responseCode = "200", description = "Already connected; the existing connection",
            content = @Content(schema = @Schema(implementation = ConnectionResponse.class)))
    @APIResponse(responseCode = "400", ref = ApiDocs.BAD_REQUEST)
    @APIResponse(responseCode = "401", ref = ApiDocs.UNAUTHORIZED)
    @APIResponse(responseCode = "403", ref = ApiDocs.FORBIDDEN)
    @APIResponse(responseCode = "429", ref = ApiDocs.TOO_MANY_REQUESTS)
    public Response scan(@RequestBody(required = true) @Valid @NotNull ConnectionRequests.Scan request, RoutingContext http) {
        String shortCode = ShortCodes.normalise(request.code()).orElse(null);
        if (shortCode != null) {
            typedCodes.reserve(caller.id(), ClientAddress.of(http));
        }
        ConnectionService.Connected connected = service.scan(request.code(), shortCode, caller.id());
        if (shortCode != null) {
            typedCodes.succeeded(caller.id(), ClientAddress.of(http));
        }
        ConnectionResponse body = view(service.mine(connected.connection().id(), caller.id()));
        if (!connected.created()) {
            return Response.ok(body).build();
        }
        return Response.created(UriBuilder.fromResource(ConnectionResource.class).path("{connectionId}").build(body.id())).entity(body).build();
    }

    @PUT
    @Path("/{connectionId}/cell-consent")
    @Operation(operationId = "setCellConsent", summary = "Grant or refuse this connection the caller's cell number",
            description = "Takes effect on every later response: refusing removes the number from what this connection sees."
                    + " Granting needs a confirmed email address.")
    @APIResponse(responseCode = "200", description = "The connection with the new consent")
    @APIResponse(responseCode = "400", ref = ApiDocs.BAD_REQUEST)
    @APIResponse(responseCode = "401", ref = ApiDocs.UNAUTHORIZED)
    @APIResponse(responseCode = "403", ref = ApiDocs.FORBIDDEN)
    @APIResponse(responseCode = "404", ref = ApiDocs.NOT_FOUND)
    public ConnectionResponse setCellConsent(@PathParam("connectionId") UUID connectionId,
                                             @RequestBody(required = true) @Valid @NotNull ConnectionRequests.CellConsentChoice request) {
        return view(service.decideCellConsent(connectionId, caller.id(), request.consent()));
    }

    @GET
    @Path("/{connectionId}/vcard")
    @Produces(VCARD)
    @Operation(operationId = "getConnectionVCard", summary = "The other person as a vCard 4.0 contact card",
            description = "Holds exactly the contact fields the caller may see.")
    @APIResponse(responseCode = "200", description = "The contact card",
            content = @Content(mediaType = VCARD, schema = @Schema(type = org.eclipse.microprofile.openapi.annotations.enums.SchemaType.STRING)))
    @APIResponse(responseCode = "401", ref = ApiDocs.UNAUTHORIZED)
    @APIResponse(responseCode = "404", ref = ApiDocs.NOT_FOUND)
    public Response vcard(@PathParam("connectionId") UUID connectionId) {
        AttendeeProfileResponse person = view(service.mine(connectionId, caller.id())).person();
        return Response.ok(VCards.of(person), VCARD + ";charset=utf-8")
                .header("Content-Disposition", "attachment; filename=\"" + VCards.fileName(person) + "\"")
                .build();
    }

    private ConnectionResponse view(ConnectionRepository.Row row) {
        UUID me = caller.id();
        UUID other = row.connection().otherThan(me);
        AttendeeProfileResponse person = profiles.visibleTo(me, caller.isOrganizer(), other)
                .orElseThrow(() -> new NotFound("Connection"));
        return ConnectionResponse.of(row, me, person);
    }
}
