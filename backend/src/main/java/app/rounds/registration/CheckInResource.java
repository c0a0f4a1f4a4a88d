package app.rounds.registration;

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

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import app.rounds.common.error.InvalidInput;
import app.rounds.common.openapi.ApiDocs;
import app.rounds.common.security.CurrentUser;
import app.rounds.registration.RegistrationRequests.CheckInRequest;
import app.rounds.registration.RegistrationRequests.CheckInResult;
import io.quarkus.security.Authenticated;

@Path("/events/{eventId}/check-ins")
@Tag(name = "Registration")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Authenticated
@SecurityRequirement(name = ApiDocs.BEARER)
public class CheckInResource {

    private final RegistrationService registrations;
    private final RegistrationQueries queries;

    CheckInResource(RegistrationService registrations, RegistrationQueries queries) {
        this.registrations = registrations;
        this.queries = queries;
    }

    @POST
    @RolesAllowed(CurrentUser.ORGANIZER)
    @Operation(operationId = "checkIn", summary = "Check an attendee in at the door, by scanned ticket or registration (organizers)",
            description = "Checking in twice is harmless: the answer says the attendee was already in.")
    @APIResponse(responseCode = "200", description = "Checked in (or already was)")
    @APIResponse(responseCode = "400", ref = ApiDocs.BAD_REQUEST)
    @APIResponse(responseCode = "401", ref = ApiDocs.UNAUTHORIZED)
    @APIResponse(responseCode = "403", ref = ApiDocs.FORBIDDEN)
    @APIResponse(responseCode = "404", ref = ApiDocs.NOT_FOUND)
    @APIResponse(responseCode = "409", ref = ApiDocs.CONFLICT)
    public CheckInResult checkIn(@PathParam("eventId") UUID eventId,
                                 @RequestBody(required = true) @Valid @NotNull CheckInRequest request) {
        if ((request.ticketToken() == null) == (request.registrationId() == null)) {
            throw new InvalidInput("ticketToken", "give exactly one of ticketToken or registrationId");
        }
        var result = registrations.checkIn(eventId, request.ticketToken(), request.registrationId());
        RegistrationQueries.Row row = queries.one(result.registration());
        return new CheckInResult(RegistrationResponse.of(row.registration(), row.attendeeName(), row.waitlistRank(), false),
                result.alreadyCheckedIn());
    }
}
