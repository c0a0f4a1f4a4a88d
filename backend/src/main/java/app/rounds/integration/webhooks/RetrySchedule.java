package app.rounds.integration.webhooks;

import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.concurrent.ThreadLocalRandom;

/**
 * When a failed message is tried again: the n-th wait of the schedule after its n-th failure, plus up to 10% jitter
 * (so receivers coming back are not hit by every sender at the same second), at least what a 429 or 503 asked for
 * in {@code Retry-After} (up to a day). Past the schedule's end the message is given up.
 */
final class RetrySchedule {

    private static final Duration LONGEST_RETRY_AFTER = Duration.ofDays(1);
    private final List<Duration> waits;

    RetrySchedule(List<Duration> waits) {
        this.waits = List.copyOf(waits);
    }

    /** The wait after this many failed attempts (counting the one just made), or empty when it was the last. */
    Optional<Duration> after(int failedAttempts, Integer status, OptionalLong retryAfterSeconds) {
        if (failedAttempts > waits.size()) {
            return Optional.empty();
        }
        Duration wait = waits.get(failedAttempts - 1);
        wait = wait.plusMillis((long) (wait.toMillis() * 0.1 * ThreadLocalRandom.current().nextDouble()));
        if (status != null && (status == 429 || status == 503) && retryAfterSeconds.isPresent()) {
            Duration asked = Duration.ofSeconds(Math.min(retryAfterSeconds.getAsLong(), LONGEST_RETRY_AFTER.toSeconds()));
            wait = asked.compareTo(wait) > 0 ? asked : wait;
        }
        return Optional.of(wait);
    }

    int attempts() {
        return waits.size() + 1;
    }
}
