package app.rounds.account;

import java.util.List;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import com.fasterxml.jackson.annotation.JsonInclude;

/** An account as organizers manage its roles: an attendee's address is not theirs to learn, an organizer's is. */
@Schema(name = "AccountRoles")
@JsonInclude(JsonInclude.Include.NON_NULL)
public record AccountRolesResponse(
        @Schema(required = true) UUID id,
        @Schema(required = true) String displayName,
        @Schema(description = "Shown for organizers only") String email,
        @Schema(required = true) List<Role> roles) {

    static AccountRolesResponse of(Account account) {
        return new AccountRolesResponse(account.id(), account.displayName(),
                account.hasRole(Role.ORGANIZER) ? account.email() : null, account.roles().stream().sorted().toList());
    }

    @Schema(name = "AccountRolesList", description = "Organizers are few, so never paged")
    public record Items(@Schema(required = true) List<AccountRolesResponse> items) {
    }
}
