package app.rounds.common.error;

import java.time.Duration;

/** The service is at capacity for this kind of work; the caller may try again after {@link #retryAfter()}. */
public class Busy extends DomainException {

    private final Duration retryAfter;

    public Busy(String message, Duration retryAfter) {
        super(message);
        this.retryAfter = retryAfter;
    }

    public Duration retryAfter() {
        return retryAfter;
    }
}
