package app.rounds.common.error;

/** What the request refers to was kept for a limited time, and that time is over (an old change-feed cursor). */
public class Expired extends DomainException {

    public Expired(String message) {
        super(message);
    }
}
