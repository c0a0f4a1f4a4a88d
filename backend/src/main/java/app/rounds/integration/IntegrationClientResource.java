package app.rounds.integration;

import java.util.List;
import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriBuilder;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.extensions.Extension;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import app.rounds.common.idempotency.IdempotencyFilter;
import app.rounds.common.openapi.ApiDocs;
import app.rounds.common.paging.Cursor;
import app.rounds.common.paging.CursorCodec;
import app.rounds.common.paging.PageLinks;
import app.rounds.common.paging.PageRequest;
import app.rounds.common.paging.Slice;
import app.rounds.common.security.CurrentUser;

/** Organizers issue, rotate and revoke the keys of integration clients. Keys themselves may not manage keys. */
@Path("/integration-clients")
@Tag(name = "Integrations")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed(CurrentUser.ORGANIZER)
@SecurityRequirement(name = ApiDocs.BEARER)
public class IntegrationClientResource {

    private final IntegrationClientService clients;
    private final CurrentUser caller;
    private final CursorCodec cursors;

    IntegrationClientResource(IntegrationClientService clients, CurrentUser caller, CursorCodec cursors) {
        this.clients = clients;
        this.caller = caller;
        this.cursors = cursors;
    }

    @GET
    @Operation(operationId = "listIntegrationClients", summary = "Integration clients, newest first, revoked ones included (organizers)")
    @APIResponse(responseCode = "200", description = "One page",
            headers = @Header(name = "Link", description = "rel=\"next\" link when there are more", schema = @Schema(type = SchemaType.STRING)),
            content = @Content(schema = @Schema(implementation = IntegrationClientResponse.Page.class)))
    @APIResponse(responseCode = "400", ref = ApiDocs.BAD_REQUEST)
    @APIResponse(responseCode = "401", ref = ApiDocs.UNAUTHORIZED)
    @APIResponse(responseCode = "403", ref = ApiDocs.FORBIDDEN)
    public Response list(@Valid @BeanParam PageRequest page) {
        List<IntegrationClient> found = clients.page(cursors.after(page), page.fetchSize());
        Slice<IntegrationClient> slice = cursors.slice(found, page, last -> new Cursor(last.createdAt(), last.id()));
        var now = clients.now();
        return PageLinks.ok(new IntegrationClientResponse.Page(
                slice.items().stream().map(client -> IntegrationClientResponse.of(client, now)).toList(),
                slice.nextCursor()), slice, page);
    }

    @POST
    @Operation(extensions = @Extension(name = IdempotencyFilter.NOT_ACCEPTED, value = "true"),
            operationId = "createIntegrationClient", summary = "Create an integration client and its key (organizers)",
            description = "The key is in this response only; the service keeps just its SHA-256. An unknown scope is a 400 naming it.")
    @APIResponse(responseCode = "201", description = "Created, with the key",
            content = @Content(schema = @Schema(implementation = IntegrationClientResponse.Issued.class)))
    @APIResponse(responseCode = "400", ref = ApiDocs.BAD_REQUEST)
    @APIResponse(responseCode = "401", ref = ApiDocs.UNAUTHORIZED)
    @APIResponse(responseCode = "403", ref = ApiDocs.FORBIDDEN)
    public Response create(@RequestBody(required = true) @Valid @NotNull IntegrationClientRequest request) {
        IntegrationClient.Issued issued = clients.create(request.name(), request.scopes(), caller.id());
        return Response.created(UriBuilder.fromResource(IntegrationClientResource.class).path("{clientId}")
                        .build(issued.client().id()))
                .entity(IntegrationClientResponse.Issued.of(issued, clients.now())).build();
    }

    @GET
    @Path("/{clientId}")
    @Operation(operationId = "getIntegrationClient", summary = "One integration client, without its key (organizers)")
    @APIResponse(responseCode = "200", description = "The client")
    @APIResponse(responseCode = "401", ref = ApiDocs.UNAUTHORIZED)
    @APIResponse(responseCode = "403", ref = ApiDocs.FORBIDDEN)
    @APIResponse(responseCode = "404", ref = ApiDocs.NOT_FOUND)
    public IntegrationClientResponse get(@PathParam("clientId") UUID clientId) {
        return IntegrationClientResponse.of(clients.get(clientId), clients.now());
    }

    @POST
    @Path("/{clientId}/rotate")
    @Consumes(MediaType.WILDCARD)
    @Operation(extensions = @Extension(name = IdempotencyFilter.NOT_ACCEPTED, value = "true"),
            operationId = "rotateIntegrationClientKey", summary = "Issue a new key; the current one keeps working for the grace period (organizers)",
            description = "The grace period is rounds.integrations.rotation-grace (24 hours by default). A key replaced"
                    + " earlier stops at once. A revoked client cannot be rotated (409).")
    @APIResponse(responseCode = "200", description = "The new key",
            content = @Content(schema = @Schema(implementation = IntegrationClientResponse.Issued.class)))
    @APIResponse(responseCode = "401", ref = ApiDocs.UNAUTHORIZED)
    @APIResponse(responseCode = "403", ref = ApiDocs.FORBIDDEN)
    @APIResponse(responseCode = "404", ref = ApiDocs.NOT_FOUND)
    @APIResponse(responseCode = "409", ref = ApiDocs.CONFLICT)
    public IntegrationClientResponse.Issued rotate(@PathParam("clientId") UUID clientId) {
        return IntegrationClientResponse.Issued.of(clients.rotate(clientId), clients.now());
    }

    @DELETE
    @Path("/{clientId}")
    @Consumes(MediaType.WILDCARD)
    @Operation(operationId = "revokeIntegrationClient", summary = "Revoke a client: both its keys stop at once (organizers)",
            description = "The client stays listed as revoked. Revoking again changes nothing.")
    @APIResponse(responseCode = "204", description = "Revoked")
    @APIResponse(responseCode = "401", ref = ApiDocs.UNAUTHORIZED)
    @APIResponse(responseCode = "403", ref = ApiDocs.FORBIDDEN)
    @APIResponse(responseCode = "404", ref = ApiDocs.NOT_FOUND)
    public void revoke(@PathParam("clientId") UUID clientId) {
        clients.revoke(clientId);
    }
}
