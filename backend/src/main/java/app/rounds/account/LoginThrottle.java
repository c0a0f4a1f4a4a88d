package app.rounds.account;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import jakarta.enterprise.context.ApplicationScoped;

import app.rounds.common.error.TooManyAttempts;

/**
 * Counts failed logins per account and per client address over a sliding window, and refuses further attempts
 * while either is over its limit. Kept in memory: one instance serves one deployment node.
 */
@ApplicationScoped
public class LoginThrottle {

    private static final int PRUNE_ABOVE_KEYS = 10_000;

    private final Map<String, Deque<Instant>> failures = new ConcurrentHashMap<>();
    private final AuthConfig.Throttle limits;
    private final Clock clock;

    LoginThrottle(AuthConfig config, Clock clock) {
        this.limits = config.throttle();
        this.clock = clock;
    }

    void checkAllowed(String email, String address) {
        Instant now = clock.instant();
        check(accountKey(email), limits.maxFailuresPerAccount(), now);
        check(addressKey(address), limits.maxFailuresPerAddress(), now);
    }

    void recordFailure(String email, String address) {
        Instant now = clock.instant();
        record(accountKey(email), now);
        record(addressKey(address), now);
        if (failures.size() > PRUNE_ABOVE_KEYS) {
            failures.entrySet().removeIf(entry -> {
                synchronized (entry.getValue()) {
                    dropExpired(entry.getValue(), now);
                    return entry.getValue().isEmpty();
                }
            });
        }
    }

    void recordSuccess(String email) {
        failures.remove(accountKey(email));
    }

    private void check(String key, int limit, Instant now) {
        Deque<Instant> attempts = failures.get(key);
        if (attempts == null) {
            return;
        }
        synchronized (attempts) {
            dropExpired(attempts, now);
            if (attempts.size() >= limit) {
                throw new TooManyAttempts(Duration.between(now, attempts.peekFirst().plus(limits.window())));
            }
        }
    }

    private void record(String key, Instant now) {
        Deque<Instant> attempts = failures.computeIfAbsent(key, k -> new ArrayDeque<>());
        synchronized (attempts) {
            dropExpired(attempts, now);
            attempts.addLast(now);
        }
    }

    private void dropExpired(Deque<Instant> attempts, Instant now) {
        Instant windowStart = now.minus(limits.window());
        while (!attempts.isEmpty() && !attempts.peekFirst().isAfter(windowStart)) {
            attempts.removeFirst();
        }
    }

    private static String accountKey(String email) {
        return "account:" + Account.normalizeEmail(email);
    }

    private static String addressKey(String address) {
        return "address:" + address;
    }
}
