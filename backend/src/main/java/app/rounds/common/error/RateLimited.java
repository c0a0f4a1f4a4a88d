package app.rounds.common.error;

import java.time.Duration;

/** A caller used up its request allowance for the current window. */
public class RateLimited extends DomainException {

    private final Duration retryAfter;

    public RateLimited(String message, Duration retryAfter) {
        super(message);
        this.retryAfter = retryAfter;
    }

    public Duration retryAfter() {
        return retryAfter;
    }
}
