package app.rounds.account;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirements;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import app.rounds.common.openapi.ApiDocs;

@Path("/auth/verify-email")
@Tag(name = "Accounts")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@SecurityRequirements
public class EmailVerificationResource {

    private final EmailVerification verification;

    EmailVerificationResource(EmailVerification verification) {
        this.verification = verification;
    }

    @POST
    @Operation(operationId = "verifyEmail", summary = "Confirm the email address with the token from the mailed link",
            description = "No login needed: the token is the proof. Each link works once, until it expires.")
    @APIResponse(responseCode = "204", description = "The address is confirmed")
    @APIResponse(responseCode = "400", ref = ApiDocs.BAD_REQUEST)
    public Response verify(@RequestBody(required = true) @Valid @NotNull EmailConfirmationRequest request) {
        verification.confirm(request.token());
        return Response.noContent().build();
    }
}
