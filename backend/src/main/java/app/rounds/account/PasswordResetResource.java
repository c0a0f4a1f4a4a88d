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
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirements;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import app.rounds.common.openapi.ApiDocs;
import app.rounds.common.web.ClientAddress;
import io.vertx.ext.web.RoutingContext;

@Path("/auth/password-reset")
@Tag(name = "Accounts")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@SecurityRequirements
public class PasswordResetResource {

    private final PasswordReset reset;

    PasswordResetResource(PasswordReset reset) {
        this.reset = reset;
    }

    @POST
    @Operation(operationId = "requestPasswordReset", summary = "Mail a link to choose a new password",
            description = "Answers alike whether or not the address has an account.")
    @APIResponse(responseCode = "202", description = "If the address has an account, a reset mail is on its way",
            content = @Content(schema = @Schema(implementation = PasswordResetAccepted.class)))
    @APIResponse(responseCode = "400", ref = ApiDocs.BAD_REQUEST)
    @APIResponse(responseCode = "429", ref = ApiDocs.TOO_MANY_REQUESTS)
    public Response request(@RequestBody(required = true) @Valid @NotNull PasswordResetRequest request, RoutingContext http) {
        reset.request(request.email(), ClientAddress.of(http));
        return Response.accepted(PasswordResetAccepted.INSTANCE).build();
    }

    @POST
    @Path("/confirm")
    @Operation(operationId = "confirmPasswordReset", summary = "Set a new password with the token from the mailed link",
            description = "The link works once, until it expires. Every login of the account ends; its address counts"
                    + " as confirmed.")
    @APIResponse(responseCode = "204", description = "The new password is set; log in with it")
    @APIResponse(responseCode = "400", ref = ApiDocs.BAD_REQUEST)
    @APIResponse(responseCode = "503", ref = ApiDocs.BUSY)
    public Response confirm(@RequestBody(required = true) @Valid @NotNull PasswordResetConfirmation request) {
        reset.confirm(request.token(), request.newPassword());
        return Response.noContent().build();
    }
}
