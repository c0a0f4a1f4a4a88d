package app.rounds.attendee;

import java.util.UUID;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import app.rounds.common.error.NotFound;
import app.rounds.common.openapi.ApiDocs;
import app.rounds.common.security.ApiScope;
import app.rounds.common.security.CurrentUser;
import app.rounds.common.security.RequiresScope;
import io.quarkus.security.Authenticated;

@Path("/attendees")
@Tag(name = "Profiles")
@Produces(MediaType.APPLICATION_JSON)
@Authenticated
@SecurityRequirement(name = ApiDocs.BEARER)
public class AttendeeResource {

    private final ProfileDirectory directory;
    private final CurrentUser caller;

    AttendeeResource(ProfileDirectory directory, CurrentUser caller) {
        this.directory = directory;
        this.caller = caller;
    }

    @GET
    @Path("/{attendeeId}")
    @RequiresScope(ApiScope.ATTENDEES_READ)
    @SecurityRequirement(name = ApiDocs.BEARER)
    @SecurityRequirement(name = ApiDocs.INTEGRATION_KEY, scopes = "attendees:read")
    @Operation(operationId = "getAttendee", summary = "An attendee's profile, as the caller may see it",
            description = "Visible to the attendee, to organizers and to attendees who share an event with them;"
                    + " contact fields appear only where the owner's visibility settings allow the caller.")
    @APIResponse(responseCode = "200", description = "The profile")
    @APIResponse(responseCode = "401", ref = ApiDocs.UNAUTHORIZED)
    @APIResponse(responseCode = "403", ref = ApiDocs.FORBIDDEN)
    @APIResponse(responseCode = "429", ref = ApiDocs.TOO_MANY_REQUESTS)
    @APIResponse(responseCode = "404", ref = ApiDocs.NOT_FOUND)
    public AttendeeProfileResponse get(@PathParam("attendeeId") UUID attendeeId) {
        return (caller.isIntegration() ? directory.visibleToIntegration(caller.id(), attendeeId)
                : directory.visibleTo(caller.id(), caller.isOrganizer(), attendeeId))
                .orElseThrow(() -> new NotFound("Attendee " + attendeeId));
    }
}
