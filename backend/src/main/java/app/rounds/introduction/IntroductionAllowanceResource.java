package app.rounds.introduction;

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

import app.rounds.common.openapi.ApiDocs;
import app.rounds.common.security.CurrentUser;
import io.quarkus.security.Authenticated;

@Path("/events/{eventId}/introduction-allowance")
@Tag(name = "Introductions")
@Produces(MediaType.APPLICATION_JSON)
@Authenticated
@SecurityRequirement(name = ApiDocs.BEARER)
public class IntroductionAllowanceResource {

    private final IntroductionService service;
    private final CurrentUser caller;

    IntroductionAllowanceResource(IntroductionService service, CurrentUser caller) {
        this.service = service;
        this.caller = caller;
    }

    @GET
    @Operation(operationId = "getIntroductionAllowance", summary = "How many more introduction requests the caller may open at this event")
    @APIResponse(responseCode = "200", description = "The allowance")
    @APIResponse(responseCode = "401", ref = ApiDocs.UNAUTHORIZED)
    @APIResponse(responseCode = "404", ref = ApiDocs.NOT_FOUND)
    public IntroductionRequests.Allowance get(@PathParam("eventId") UUID eventId) {
        return service.allowance(eventId, caller.id());
    }
}
