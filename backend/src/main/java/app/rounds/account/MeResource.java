package app.rounds.account;

import java.util.UUID;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

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

    private final AccountService accounts;
    private final JsonWebToken token;

    MeResource(AccountService accounts, JsonWebToken token) {
        this.accounts = accounts;
        this.token = token;
    }

    @GET
    @Operation(operationId = "getMe", summary = "The caller's account")
    @APIResponse(responseCode = "200", description = "The account")
    @APIResponse(responseCode = "401", ref = ApiDocs.UNAUTHORIZED)
    public AccountResponse me() {
        return AccountResponse.of(accounts.require(UUID.fromString(token.getSubject())));
    }
}
