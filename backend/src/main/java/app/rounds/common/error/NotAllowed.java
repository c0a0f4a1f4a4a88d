package app.rounds.common.error;

/** The caller is known but may not do this. */
public class NotAllowed extends DomainException {

    public NotAllowed(String message) {
        super(message);
    }
}
