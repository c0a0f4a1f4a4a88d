package app.rounds.common.error;

/** An Idempotency-Key came back with another request than the one it was first used for. */
public class IdempotencyKeyReused extends DomainException {

    public IdempotencyKeyReused(String message) {
        super(message);
    }
}
