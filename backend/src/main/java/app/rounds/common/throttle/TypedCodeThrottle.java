package app.rounds.common.throttle;

import java.time.Clock;
import java.time.Duration;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import app.rounds.common.error.TooManyAttempts;
import io.smallrye.config.ConfigMapping;

/**
 * Typed short codes (a ticket at the door, a connect code read out) per account and per client address, shared by all
 * instances. A short code holds only 50 bits, so guessing must be slow; a code that works gives its attempt back.
 */
@ApplicationScoped
public class TypedCodeThrottle {

    private final AttemptThrottle attempts;
    private final GrowingDelay perAccount;
    private final GrowingDelay perAddress;
    private final Clock clock;

    TypedCodeThrottle(AttemptThrottle attempts, Config config, Clock clock) {
        Config.Throttle limits = config.throttle();
        this.attempts = attempts;
        this.perAccount = new GrowingDelay(limits.maxPerAccount(), limits.firstDelay(), limits.maxDelay(), limits.window());
        this.perAddress = new GrowingDelay(limits.maxPerAddress(), limits.firstDelay(), limits.maxDelay(), limits.window());
        this.clock = clock;
    }

    /** Counts a typed code for the account and the address, or refuses it (429) while either must wait. */
    public void reserve(UUID accountId, String address) {
        try {
            attempts.reserve(addressKey(address), perAddress, clock.instant());
            attempts.reserve(accountKey(accountId), perAccount, clock.instant());
        } catch (TooManyAttempts e) {
            throw new TooManyAttempts("Too many codes typed; wait a moment and try again, or scan the QR code", e.retryAfter());
        }
    }

    public void succeeded(UUID accountId, String address) {
        attempts.release(accountKey(accountId));
        attempts.release(addressKey(address));
    }

    private static String accountKey(UUID accountId) {
        return "typed-code:account:" + accountId;
    }

    private static String addressKey(String address) {
        return "typed-code:address:" + address;
    }

    @ConfigMapping(prefix = "rounds.typed-codes")
    public interface Config {

        Throttle throttle();

        /** So many typed codes at once, then a wait doubling from firstDelay to maxDelay; forgotten after window. */
        interface Throttle {
            int maxPerAccount();

            int maxPerAddress();

            Duration firstDelay();

            Duration maxDelay();

            Duration window();
        }
    }
}
