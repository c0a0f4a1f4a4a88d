package app.rounds.account;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "SignUpRequest")
public record SignUpRequest(
        @Schema(required = true, example = "dana.reyes@example.org", maxLength = 254)
        @NotBlank @Email @Size(max = 254) String email,
        @Schema(required = true, minLength = 12, maxLength = 128, description = "At least 12 characters")
        @NotNull @Size(min = 12, max = 128) String password,
        @Schema(required = true, example = "Dr. Dana Reyes", minLength = 1, maxLength = 120)
        @NotBlank @Size(max = 120) String displayName) {
}
