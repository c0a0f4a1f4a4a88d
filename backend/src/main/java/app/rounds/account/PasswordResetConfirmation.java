package app.rounds.account;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "PasswordResetConfirmation")
public record PasswordResetConfirmation(
        @Schema(required = true, maxLength = 100, description = "The token of the link in the reset mail")
        @NotBlank @Size(max = 100) String token,
        @Schema(required = true, minLength = SignUpRequest.PASSWORD_MIN, maxLength = SignUpRequest.PASSWORD_MAX,
                description = "At least 12 characters, as at sign-up")
        @NotNull @Size(min = SignUpRequest.PASSWORD_MIN, max = SignUpRequest.PASSWORD_MAX) String newPassword) {
}
