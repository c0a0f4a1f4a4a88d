package app.rounds.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import app.rounds.common.error.TooManyAttempts;
import app.rounds.common.throttle.AttemptThrottle;
import app.rounds.common.throttle.GrowingDelay;
import io.quarkus.test.junit.QuarkusTest;

/**
 * The throttle rule behind login and sign-up limits, against the real table. The rule changed deliberately from a
 * lock-out for the whole window to growing delays: past its free attempts a key waits 2 s, then 4 s, 8 s… up to the
 * maximum, and is forgotten after the window without attempts. Concurrency and sharing between instances are proven
 * by LoginThrottleIT.
 */
@QuarkusTest
class LoginThrottleTest {

    private static final Instant START = Instant.parse("2026-11-27T10:00:00Z");
    private static final GrowingDelay RULE = new GrowingDelay(3, Duration.ofSeconds(2), Duration.ofMinutes(5), Duration.ofMinutes(15));

    @Inject
    AttemptThrottle throttle;

    @Test
    void aKeyMakesItsFreeAttemptsAtOnceAndThenWaitsTheFirstDelay() {
        String key = newKey();
        for (int attempt = 0; attempt < 3; attempt++) {
            throttle.reserve(key, RULE, START);
        }
        assertThat(refusal(key, START).retryAfter()).isEqualTo(Duration.ofSeconds(2));
        assertThat(refusal(key, START.plusSeconds(1)).retryAfter()).isEqualTo(Duration.ofSeconds(1));
        assertThatCode(() -> throttle.reserve(key, RULE, START.plusSeconds(2))).doesNotThrowAnyException();
    }

    @Test
    void eachFurtherAttemptWaitsTwiceAsLongUpToTheMaximum() {
        String key = newKey();
        for (int attempt = 0; attempt < 3; attempt++) {
            throttle.reserve(key, RULE, START);
        }
        Instant now = START;
        List<Long> waits = new ArrayList<>();
        for (int attempt = 0; attempt < 10; attempt++) {
            Duration wait = refusal(key, now).retryAfter();
            waits.add(wait.toSeconds());
            now = now.plus(wait);
            throttle.reserve(key, RULE, now);
        }
        assertThat(waits).containsExactly(2L, 4L, 8L, 16L, 32L, 64L, 128L, 256L, 300L, 300L);
    }

    @Test
    void aKeyLeftAloneForTheWindowStartsAfresh() {
        String key = newKey();
        for (int attempt = 0; attempt < 3; attempt++) {
            throttle.reserve(key, RULE, START);
        }
        Instant later = START.plus(Duration.ofMinutes(15));
        for (int attempt = 0; attempt < 3; attempt++) {
            throttle.reserve(key, RULE, later);
        }
        assertThat(refusal(key, later).retryAfter()).isEqualTo(Duration.ofSeconds(2));
    }

    @Test
    void aForgottenKeyStartsAfresh() {
        String key = newKey();
        for (int attempt = 0; attempt < 3; attempt++) {
            throttle.reserve(key, RULE, START);
        }
        throttle.forget(key);
        for (int attempt = 0; attempt < 3; attempt++) {
            throttle.reserve(key, RULE, START);
        }
        refusal(key, START);
    }

    @Test
    void aReleasedAttemptDoesNotCount() {
        String key = newKey();
        throttle.reserve(key, RULE, START);
        throttle.release(key);
        for (int attempt = 0; attempt < 3; attempt++) {
            throttle.reserve(key, RULE, START);
        }
        refusal(key, START);
    }

    @Test
    void keysAreCountedApart() {
        String busy = newKey();
        for (int attempt = 0; attempt < 3; attempt++) {
            throttle.reserve(busy, RULE, START);
        }
        refusal(busy, START);
        assertThatCode(() -> throttle.reserve(newKey(), RULE, START)).doesNotThrowAnyException();
    }

    private TooManyAttempts refusal(String key, Instant at) {
        TooManyAttempts refused = catchThrowableOfType(TooManyAttempts.class, () -> throttle.reserve(key, RULE, at));
        assertThat(refused).as("attempt at %s refused", at).isNotNull();
        return refused;
    }

    private static String newKey() {
        return "test:" + UUID.randomUUID();
    }
}
