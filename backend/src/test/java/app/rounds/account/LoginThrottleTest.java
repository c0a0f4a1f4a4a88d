package app.rounds.account;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Optional;

import org.junit.jupiter.api.Test;

import app.rounds.common.error.TooManyAttempts;

class LoginThrottleTest {

    private final MutableClock clock = new MutableClock();
    private final LoginThrottle throttle = new LoginThrottle(config(3, 5, Duration.ofMinutes(15)), clock);

    @Test
    void anAccountIsRefusedAfterItsLimitUntilTheWindowPasses() {
        for (int i = 0; i < 3; i++) {
            throttle.recordFailure("dr@example.org", "10.0.0." + i);
        }
        assertThatThrownBy(() -> throttle.checkAllowed("DR@example.org", "10.0.0.9"))
                .isInstanceOf(TooManyAttempts.class)
                .satisfies(e -> org.assertj.core.api.Assertions.assertThat(((TooManyAttempts) e).retryAfter())
                        .isEqualTo(Duration.ofMinutes(15)));
        clock.advance(Duration.ofMinutes(15).plusSeconds(1));
        assertThatCode(() -> throttle.checkAllowed("dr@example.org", "10.0.0.9")).doesNotThrowAnyException();
    }

    @Test
    void anAddressIsRefusedAfterItsLimitWhateverTheAccounts() {
        for (int i = 0; i < 5; i++) {
            throttle.recordFailure("dr" + i + "@example.org", "192.0.2.7");
        }
        assertThatThrownBy(() -> throttle.checkAllowed("someone-new@example.org", "192.0.2.7"))
                .isInstanceOf(TooManyAttempts.class);
        assertThatCode(() -> throttle.checkAllowed("someone-new@example.org", "192.0.2.8")).doesNotThrowAnyException();
    }

    @Test
    void aSuccessfulLoginClearsTheAccountsFailures() {
        throttle.recordFailure("dr@example.org", "10.0.0.1");
        throttle.recordFailure("dr@example.org", "10.0.0.1");
        throttle.recordSuccess("dr@example.org");
        throttle.recordFailure("dr@example.org", "10.0.0.1");
        assertThatCode(() -> throttle.checkAllowed("dr@example.org", "10.0.0.2")).doesNotThrowAnyException();
    }

    private static AuthConfig config(int perAccount, int perAddress, Duration window) {
        AuthConfig.Throttle limits = new AuthConfig.Throttle() {
            public int maxFailuresPerAccount() { return perAccount; }
            public int maxFailuresPerAddress() { return perAddress; }
            public Duration window() { return window; }
        };
        return new AuthConfig() {
            public Optional<String> keyId() { return Optional.empty(); }
            public String issuer() { return "test"; }
            public String audience() { return "test"; }
            public Duration accessTokenLifetime() { return Duration.ofMinutes(10); }
            public Duration refreshTokenLifetime() { return Duration.ofDays(1); }
            public Duration refreshGrace() { return Duration.ofSeconds(30); }
            public Duration sessionLifetime() { return Duration.ofDays(30); }
            public Duration refreshTokenRetention() { return Duration.ofDays(7); }
            public boolean refreshCookieSecure() { return true; }
            public Throttle throttle() { return limits; }
            public Argon2 argon2() { return null; }
        };
    }

    private static final class MutableClock extends Clock {
        private Instant now = Instant.parse("2026-11-27T10:00:00Z");

        void advance(Duration duration) { now = now.plus(duration); }

        @Override public ZoneOffset getZone() { return ZoneOffset.UTC; }

        @Override public Clock withZone(java.time.ZoneId zone) { return this; }

        @Override public Instant instant() { return now; }
    }
}
