package app.rounds.account;

import java.util.Set;

import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "AccountRolesRequest", description = "The account's whole set of roles, replacing the one it had")
public record AccountRolesRequest(
        @Schema(required = true, minItems = 1)
        @NotNull @NotEmpty Set<@NotNull Role> roles) {
}
