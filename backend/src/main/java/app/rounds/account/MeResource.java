package app.rounds.account;

import java.util.UUID;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.jwt.JsonWebToken;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import app.rounds.common.openapi.ApiDocs;
import io.quarkus.security.Authenticated;

@Path("/me")
@Tag(name = "Accounts")
@Produces(MediaType.APPLICATION_JSON)
@Authenticated
@SecurityRequirement(name = ApiDocs.BEARER)
public class MeResource {

    private final AccountReads accounts;
    private final EmailVerification verification;
    private final JsonWebToken token;

    MeResource(AccountReads accounts, EmailVerification verification, JsonWebToken token) {
        this.accounts = accounts;
        this.verification = verification;
        this.token = token;
    }

    @GET
    @Operation(operationId = "getMe", summary = "The caller's account")
    @APIResponse(responseCode = "200", description = "The account")
    @APIResponse(responseCode = "401", ref = ApiDocs.UNAUTHORIZED)
    public AccountResponse me() {
        return accounts.own(UUID.fromString(token.getSubject()));
    }

    @POST
    @Path("/email-verification")
    @Consumes(MediaType.WILDCARD)
    @Operation(operationId = "resendEmailVerification", summary = "Mail the caller a new link to confirm their address")
    @APIResponse(responseCode = "202", description = "A new confirmation mail is on its way")
    @APIResponse(responseCode = "401", ref = ApiDocs.UNAUTHORIZED)
    @APIResponse(responseCode = "409", ref = ApiDocs.CONFLICT)
    @APIResponse(responseCode = "429", ref = ApiDocs.TOO_MANY_REQUESTS)
    public Response resendEmailVerification() {
        verification.resend(UUID.fromString(token.getSubject()));
        return Response.accepted().build();
    }
}
