package app.rounds.connection;

import java.time.ZoneOffset;
import java.util.UUID;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import app.rounds.common.openapi.ApiDocs;
import app.rounds.common.security.CurrentUser;
import app.rounds.common.security.ShortCodes;
import io.quarkus.security.Authenticated;

@Path("/events/{eventId}/connect-code")
@Tag(name = "Connections")
@Produces(MediaType.APPLICATION_JSON)
@Authenticated
@SecurityRequirement(name = ApiDocs.BEARER)
public class ConnectCodeResource {

    private final ConnectionService service;
    private final CurrentUser caller;

    ConnectCodeResource(ConnectionService service, CurrentUser caller) {
        this.service = service;
        this.caller = caller;
    }

    @POST
    @Consumes(MediaType.WILDCARD)
    @Operation(operationId = "issueConnectCode", summary = "A fresh personal code to show as a QR code at this event",
            description = "Valid for a few minutes (rounds.connections.code-lifetime). Showing it is consent to connect with"
                    + " whoever at the same event scans it.")
    @APIResponse(responseCode = "200", description = "The code")
    @APIResponse(responseCode = "401", ref = ApiDocs.UNAUTHORIZED)
    @APIResponse(responseCode = "403", ref = ApiDocs.FORBIDDEN)
    @APIResponse(responseCode = "404", ref = ApiDocs.NOT_FOUND)
    @APIResponse(responseCode = "409", ref = ApiDocs.CONFLICT)
    public ConnectionRequests.Code issue(@PathParam("eventId") UUID eventId) {
        ConnectCode.Issued issued = service.issueCode(eventId, caller.id());
        return new ConnectionRequests.Code(issued.token(), ShortCodes.grouped(issued.shortCode()), eventId,
                issued.code().expiresAt().atOffset(ZoneOffset.UTC));
    }
}
