package app.rounds.account;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "LoginRequest")
public record LoginRequest(
        @Schema(required = true, maxLength = 254) @NotBlank @Size(max = 254) String email,
        @Schema(required = true, maxLength = 128) @NotNull @Size(max = 128) String password) {
}
