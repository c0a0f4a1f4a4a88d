package app.rounds.common.error;

/** The caller could not be identified: wrong credentials, or a missing, expired or revoked token. */
public class NotAuthenticated extends DomainException {

    public NotAuthenticated(String message) {
        super(message);
    }
}
