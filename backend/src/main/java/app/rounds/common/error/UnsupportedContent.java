package app.rounds.common.error;

/** What was sent is of a kind this operation does not take. */
public class UnsupportedContent extends DomainException {

    public UnsupportedContent(String message) {
        super(message);
    }
}
