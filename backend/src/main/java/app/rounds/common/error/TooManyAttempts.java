package app.rounds.common.error;

import java.time.Duration;

/** Too many attempts in a short time; the caller may try again after {@link #retryAfter()}. */
public class TooManyAttempts extends DomainException {

    private final Duration retryAfter;

    public TooManyAttempts(Duration retryAfter) {
        this("Too many failed attempts; try again later", retryAfter);
    }

    public TooManyAttempts(String message, Duration retryAfter) {
        super(message);
        this.retryAfter = retryAfter;
    }

    public Duration retryAfter() {
        return retryAfter;
    }
}
