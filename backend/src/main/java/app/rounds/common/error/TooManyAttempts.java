package app.rounds.common.error;

import java.time.Duration;

/** Too many failed attempts in a short time; the caller may try again after {@link #retryAfter()}. */
public class TooManyAttempts extends DomainException {

    private final Duration retryAfter;

    public TooManyAttempts(Duration retryAfter) {
        super("Too many failed attempts; try again later");
        this.retryAfter = retryAfter;
    }

    public Duration retryAfter() {
        return retryAfter;
    }
}
