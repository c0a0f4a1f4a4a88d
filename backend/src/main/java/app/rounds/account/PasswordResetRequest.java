package app.rounds.account;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "PasswordResetRequest")
public record PasswordResetRequest(
        @Schema(required = true, example = "dana.reyes@example.org", maxLength = 254)
        @NotBlank @Email @Size(max = 254) String email) {
}
