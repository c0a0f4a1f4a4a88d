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
        @Schema(required = true, minLength = PASSWORD_MIN, maxLength = PASSWORD_MAX, description = "At least 12 characters")
        @NotNull @Size(min = PASSWORD_MIN, max = PASSWORD_MAX) String password,
        @Schema(required = true, example = "Dr. Dana Reyes", minLength = 1, maxLength = 120)
        @NotBlank @Size(max = 120) String displayName) {

    /** The password rule, for every request that sets one. */
    static final int PASSWORD_MIN = 12;
    static final int PASSWORD_MAX = 128;
}
