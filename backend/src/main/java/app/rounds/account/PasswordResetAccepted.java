package app.rounds.account;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The one answer to a reset request, whether or not the address has an account. */
@Schema(name = "PasswordResetAccepted")
public record PasswordResetAccepted(@Schema(required = true) String detail) {

    static final PasswordResetAccepted INSTANCE = new PasswordResetAccepted(
            "If an account uses this address, a link to choose a new password is on its way. It works once, for a"
                    + " limited time.");
}
