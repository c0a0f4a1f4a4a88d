package app.rounds.common.throttle;

import java.time.Duration;
import java.time.Instant;

/**
 * How often a key may try: {@code freeAttempts} at once, then each further attempt only after a wait that starts at
 * {@code firstDelay} and doubles up to {@code maxDelay}. A key left alone for {@code forgetAfter} starts afresh.
 * Growing delays rather than a lock-out: five wrong guesses at a colleague's account cost them seconds, not the day,
 * while a guesser's rate falls to one try per {@code maxDelay}.
 */
public record GrowingDelay(int freeAttempts, Duration firstDelay, Duration maxDelay, Duration forgetAfter) {

    private static final int MAX_DOUBLINGS = 30;

    /** Attempts that still count at {@code now}, of a key last tried at {@code lastAttemptAt}. */
    int attemptsCounted(int attempts, Instant lastAttemptAt, Instant now) {
        return lastAttemptAt.plus(forgetAfter).isAfter(now) ? attempts : 0;
    }

    /** When the attempt after the {@code attempts}-th may come. */
    Instant nextAllowedAt(int attempts, Instant now) {
        if (attempts < freeAttempts) {
            return now;
        }
        int doublings = Math.min(attempts - freeAttempts, MAX_DOUBLINGS);
        Duration delay = firstDelay.multipliedBy(1L << doublings);
        return now.plus(delay.compareTo(maxDelay) > 0 ? maxDelay : delay);
    }
}
