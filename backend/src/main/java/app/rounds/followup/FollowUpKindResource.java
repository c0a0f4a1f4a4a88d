package app.rounds.followup;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import app.rounds.common.openapi.ApiDocs;
import io.quarkus.security.Authenticated;

@Path("/follow-up-kinds")
@Tag(name = "Follow-ups")
@Produces(MediaType.APPLICATION_JSON)
@Authenticated
@SecurityRequirement(name = ApiDocs.BEARER)
public class FollowUpKindResource {

    private final FollowUpKinds kinds;

    FollowUpKindResource(FollowUpKinds kinds) {
        this.kinds = kinds;
    }

    @GET
    @Operation(operationId = "listFollowUpKinds", summary = "The kinds of follow-up task, in plan order")
    @APIResponse(responseCode = "200", description = "Every kind")
    @APIResponse(responseCode = "401", ref = ApiDocs.UNAUTHORIZED)
    public FollowUpResponse.KindList list() {
        return new FollowUpResponse.KindList(kinds.all().stream().map(FollowUpResponse.Kind::of).toList());
    }
}
