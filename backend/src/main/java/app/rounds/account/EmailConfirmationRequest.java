package app.rounds.account;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "EmailConfirmationRequest")
public record EmailConfirmationRequest(
        @Schema(required = true, maxLength = 100, description = "The token of the link in the confirmation mail")
        @NotBlank @Size(max = 100) String token) {
}
