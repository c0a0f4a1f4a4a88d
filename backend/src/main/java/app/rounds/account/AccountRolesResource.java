package app.rounds.account;

import java.util.List;
import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import app.rounds.common.error.InvalidInput;
import app.rounds.common.openapi.ApiDocs;
import app.rounds.common.security.CurrentUser;
import app.rounds.common.web.QueryValues;

@Path("/accounts")
@Tag(name = "Accounts")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(CurrentUser.ORGANIZER)
@SecurityRequirement(name = ApiDocs.BEARER)
public class AccountRolesResource {

    private final AccountRoles roles;
    private final CurrentUser caller;

    AccountRolesResource(AccountRoles roles, CurrentUser caller) {
        this.roles = roles;
        this.caller = caller;
    }

    @GET
    @Operation(operationId = "listAccounts", summary = "The organizers, or the account with an email address (organizers)",
            description = "Give `role=ORGANIZER` for every organizer by name, or `email` for the account holding that"
                    + " address (none or one), to grant it a role.")
    @APIResponse(responseCode = "200", description = "The accounts")
    @APIResponse(responseCode = "400", ref = ApiDocs.BAD_REQUEST)
    @APIResponse(responseCode = "401", ref = ApiDocs.UNAUTHORIZED)
    @APIResponse(responseCode = "403", ref = ApiDocs.FORBIDDEN)
    public AccountRolesResponse.Items list(@QueryParam("role") @Parameter(description = "Only ORGANIZER can be listed",
                                                   schema = @Schema(implementation = Role.class)) String role,
                                           @QueryParam("email") @Parameter(description = "An email address",
                                                   schema = @Schema(type = SchemaType.STRING, maxLength = 254)) String email) {
        List<Account> found;
        if (email != null && !email.isBlank()) {
            found = roles.withEmail(emailAddress(email));
        } else if (QueryValues.oneOf("role", role, Role.class) == Role.ORGANIZER) {
            found = roles.organizers();
        } else {
            throw new InvalidInput("role", "give role=ORGANIZER, or an email to find one account");
        }
        return new AccountRolesResponse.Items(found.stream().map(AccountRolesResponse::of).toList());
    }

    private static String emailAddress(String raw) {
        String email = raw.strip();
        if (email.length() > 254 || !email.contains("@") || email.chars().anyMatch(Character::isISOControl)) {
            throw new InvalidInput("email", "must be an email address of at most 254 characters");
        }
        return email;
    }

    @PUT
    @Path("/{accountId}/roles")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "replaceAccountRoles", summary = "Grant or remove the organizer role (organizers)",
            description = "Replaces the account's roles with the set given. No change may leave the company without an"
                    + " organizer: removing the last one's role is refused with 409, even when two organizers remove"
                    + " each other at the same moment. The account's tokens carry the new roles from their next refresh.")
    @APIResponse(responseCode = "200", description = "The account with its new roles")
    @APIResponse(responseCode = "400", ref = ApiDocs.BAD_REQUEST)
    @APIResponse(responseCode = "401", ref = ApiDocs.UNAUTHORIZED)
    @APIResponse(responseCode = "403", ref = ApiDocs.FORBIDDEN)
    @APIResponse(responseCode = "404", ref = ApiDocs.NOT_FOUND)
    @APIResponse(responseCode = "409", ref = ApiDocs.CONFLICT)
    public AccountRolesResponse replace(@PathParam("accountId") UUID accountId,
                                        @RequestBody(required = true) @Valid @NotNull AccountRolesRequest request) {
        return AccountRolesResponse.of(roles.replace(caller.id(), accountId, request.roles()));
    }
}
