package app.rounds.account;

import java.time.Clock;

import jakarta.enterprise.context.ApplicationScoped;

import app.rounds.common.throttle.AttemptThrottle;
import app.rounds.common.throttle.GrowingDelay;

/**
 * Login attempts per account and per client address, shared by all instances (kept in PostgreSQL). Each attempt is
 * reserved before its password is checked; a success forgets the account's attempts and gives the address its
 * attempt back, so only failures add up.
 */
@ApplicationScoped
public class LoginThrottle {

    private final AttemptThrottle attempts;
    private final GrowingDelay perAccount;
    private final GrowingDelay perAddress;
    private final Clock clock;

    LoginThrottle(AttemptThrottle attempts, AuthConfig config, Clock clock) {
        AuthConfig.Throttle limits = config.throttle();
        this.attempts = attempts;
        this.perAccount = new GrowingDelay(limits.maxFailuresPerAccount(), limits.firstDelay(), limits.maxDelay(), limits.window());
        this.perAddress = new GrowingDelay(limits.maxFailuresPerAddress(), limits.firstDelay(), limits.maxDelay(), limits.window());
        this.clock = clock;
    }

    /** Counts an attempt for the account and the address, or refuses it (429) while either must wait. */
    void reserve(String email, String address) {
        attempts.reserve(addressKey(address), perAddress, clock.instant());
        attempts.reserve(accountKey(email), perAccount, clock.instant());
    }

    void succeeded(String email, String address) {
        attempts.forget(accountKey(email));
        attempts.release(addressKey(address));
    }

    private static String accountKey(String email) {
        return "login:account:" + Account.normalizeEmail(email);
    }

    private static String addressKey(String address) {
        return "login:address:" + address;
    }
}
