package app.rounds.common.error;

/** The request contradicts the current state (a taken email, a capacity below the registered count). */
public class Conflict extends DomainException {

    public Conflict(String message) {
        super(message);
    }
}
