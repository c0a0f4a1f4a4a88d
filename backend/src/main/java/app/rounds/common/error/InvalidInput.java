package app.rounds.common.error;

/** A value that passed the shape checks breaks a domain rule; names the field so the client can show it. */
public class InvalidInput extends DomainException {

    private final String field;

    public InvalidInput(String field, String message) {
        super(message);
        this.field = field;
    }

    public String field() {
        return field;
    }
}
