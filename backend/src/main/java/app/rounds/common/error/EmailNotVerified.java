package app.rounds.common.error;

/** The account has not yet proved that its address is its owner's, and this would reach out to colleagues. */
public class EmailNotVerified extends DomainException {

    public EmailNotVerified(String message) {
        super(message);
    }
}
