package app.rounds.account;

import java.time.Duration;
import java.util.Optional;

import io.smallrye.config.ConfigMapping;

@ConfigMapping(prefix = "rounds.auth")
public interface AuthConfig {

    /** The {@code kid} of the key that signs new access tokens; older keys stay in the verification key set. */
    Optional<String> keyId();

    String issuer();

    String audience();

    Duration accessTokenLifetime();

    Duration refreshTokenLifetime();

    /** How long after its rotation a refresh token may be presented once more, for a client that lost the answer. */
    Duration refreshGrace();

    /** The longest a login lasts, however often it is refreshed; then the user logs in again. */
    Duration sessionLifetime();

    /** How long expired and revoked refresh tokens are kept (replays of them are still recognised) before deletion. */
    Duration refreshTokenRetention();

    /** Only a local http-only setup without TLS (not localhost) would turn this off. */
    boolean refreshCookieSecure();

    Throttle throttle();

    SignUpThrottle signUpThrottle();

    Argon2 argon2();

    EmailVerification emailVerification();

    PasswordReset passwordReset();

    Invitation invitation();

    /** Login attempts: so many at once, then a wait doubling from firstDelay to maxDelay; forgotten after window. */
    interface Throttle {
        int maxFailuresPerAccount();

        int maxFailuresPerAddress();

        Duration window();

        Duration firstDelay();

        Duration maxDelay();
    }

    /** Sign-ups per client address, on the same pattern. */
    interface SignUpThrottle {
        int maxPerAddress();

        Duration window();

        Duration firstDelay();

        Duration maxDelay();
    }

    interface Argon2 {
        int memoryKib();

        int iterations();

        int parallelism();

        /** Hashes computed at once; by default half the cores. */
        java.util.OptionalInt maxConcurrent();

        /** How long a request waits for a turn before it is answered 503. */
        Duration maxWait();
    }

    interface EmailVerification {
        /** How long a confirmation link works. */
        Duration tokenLifetime();

        /** Confirmation mails an account may ask for again: so many at once, then growing waits. */
        ResendThrottle resendThrottle();

        interface ResendThrottle {
            int maxPerAccount();

            Duration window();

            Duration firstDelay();

            Duration maxDelay();
        }
    }

    interface PasswordReset {
        /** How long a reset link works. */
        Duration tokenLifetime();

        /** Reset requests per address asked about and per client address, on the growing-delay pattern. */
        Throttle throttle();

        interface Throttle {
            int maxPerEmail();

            int maxPerAddress();

            Duration window();

            Duration firstDelay();

            Duration maxDelay();
        }
    }

    /** Accounts an organizer's import creates: their owner sets the first password through a mailed link. */
    interface Invitation {
        /** How long an invitation's set-password link works; after that, "forgot password" mails a new one. */
        Duration tokenLifetime();
    }
}
