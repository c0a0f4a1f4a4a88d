package app.rounds.common.error;

/** What was sent is well-formed, but more than this operation takes in one go (too many rows in a file). */
public class Unprocessable extends DomainException {

    public Unprocessable(String message) {
        super(message);
    }
}
