package app.rounds.account;

import java.time.Clock;

import jakarta.enterprise.context.ApplicationScoped;

import app.rounds.common.error.TooManyAttempts;
import app.rounds.common.throttle.AttemptThrottle;
import app.rounds.common.throttle.GrowingDelay;

/** Sign-ups per client address, shared by all instances: each costs a password hash, so a flood must slow down. */
@ApplicationScoped
public class SignUpThrottle {

    private final AttemptThrottle attempts;
    private final GrowingDelay perAddress;
    private final Clock clock;

    SignUpThrottle(AttemptThrottle attempts, AuthConfig config, Clock clock) {
        AuthConfig.SignUpThrottle limits = config.signUpThrottle();
        this.attempts = attempts;
        this.perAddress = new GrowingDelay(limits.maxPerAddress(), limits.firstDelay(), limits.maxDelay(), limits.window());
        this.clock = clock;
    }

    void reserve(String address) {
        try {
            attempts.reserve("sign-up:address:" + address, perAddress, clock.instant());
        } catch (TooManyAttempts e) {
            throw new TooManyAttempts("Too many sign-ups from this address; try again later", e.retryAfter());
        }
    }
}
