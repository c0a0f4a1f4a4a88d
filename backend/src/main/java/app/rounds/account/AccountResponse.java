package app.rounds.account;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "Account")
public record AccountResponse(
        @Schema(required = true) UUID id,
        @Schema(required = true) String email,
        @Schema(required = true) String displayName,
        @Schema(required = true) List<Role> roles,
        @Schema(required = true, description = "Whether the owner followed the link mailed to the address; until then "
                + "the account may browse and edit its profile but not register, request or accept introductions, or "
                + "share its cell number") boolean emailVerified,
        @Schema(required = true) OffsetDateTime createdAt) {

    static AccountResponse of(Account account) {
        return of(account.id(), account.email(), account.displayName(), account.roles(), account.isEmailVerified(),
                account.createdAt());
    }

    static AccountResponse of(UUID id, String email, String displayName, Set<Role> roles, boolean emailVerified,
                              Instant createdAt) {
        return new AccountResponse(id, email, displayName, roles.stream().sorted().toList(), emailVerified,
                createdAt.atOffset(ZoneOffset.UTC));
    }
}
