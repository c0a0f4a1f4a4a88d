package app.rounds.message;

import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import app.rounds.common.openapi.ApiDocs;
import app.rounds.common.security.CurrentUser;

@Path("/events/{eventId}/messages")
@Tag(name = "Events")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed(CurrentUser.ORGANIZER)
@SecurityRequirement(name = ApiDocs.BEARER)
public class EventMessageResource {

    private final EventMessages messages;

    EventMessageResource(EventMessages messages) {
        this.messages = messages;
    }

    @POST
    @Operation(operationId = "sendEventMessage", summary = "Mail everyone holding a seat at the event (organizers)",
            description = "Writes one mail per attendee registered or checked in (not the waitlist, not cancelled"
                    + " registrations) to the mail outbox, in one transaction; each is sent once. Attendees who switched"
                    + " event mails off are left out. Each call is a new message; a client that may retry after a lost answer"
                    + " sends an Idempotency-Key, and the retry gets the first answer without a second mail.")
    @APIResponse(responseCode = "202", description = "The mails are queued",
            content = @Content(schema = @Schema(implementation = EventMessageResponse.class)))
    @APIResponse(responseCode = "400", ref = ApiDocs.BAD_REQUEST)
    @APIResponse(responseCode = "401", ref = ApiDocs.UNAUTHORIZED)
    @APIResponse(responseCode = "403", ref = ApiDocs.FORBIDDEN)
    @APIResponse(responseCode = "404", ref = ApiDocs.NOT_FOUND)
    public Response send(@PathParam("eventId") UUID eventId,
                         @RequestBody(required = true) @Valid @NotNull EventMessageRequest message) {
        return Response.accepted(messages.send(eventId, message)).build();
    }
}
