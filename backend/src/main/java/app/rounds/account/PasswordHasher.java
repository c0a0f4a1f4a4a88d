package app.rounds.account;

import java.time.Duration;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

import jakarta.enterprise.context.ApplicationScoped;

import org.springframework.security.crypto.argon2.Argon2PasswordEncoder;

import app.rounds.common.error.Busy;

/**
 * Argon2id (OWASP's parameters by default), in the self-describing PHC string format. Each hash takes a core and
 * 19 MiB for tens of milliseconds, so only a few run at once (by default half the cores, leaving the rest to every
 * other request); a caller waits briefly for a turn and is otherwise told to come back (503 with Retry-After).
 */
@ApplicationScoped
public class PasswordHasher {

    private static final int SALT_BYTES = 16;
    private static final int HASH_BYTES = 32;
    private static final Duration RETRY_AFTER = Duration.ofSeconds(1);

    private final Argon2PasswordEncoder encoder;
    private final Semaphore turns;
    private final Duration maxWait;
    /** Verified against when an email is unknown, so that both failures take the same time. */
    private final String decoyHash;
    private volatile String unusableHash;

    PasswordHasher(AuthConfig config) {
        AuthConfig.Argon2 argon2 = config.argon2();
        this.encoder = new Argon2PasswordEncoder(SALT_BYTES, HASH_BYTES, argon2.parallelism(), argon2.memoryKib(),
                argon2.iterations());
        this.turns = new Semaphore(argon2.maxConcurrent().orElse(Math.max(1, Runtime.getRuntime().availableProcessors() / 2)), true);
        this.maxWait = argon2.maxWait();
        this.decoyHash = encoder.encode("decoy-password-that-matches-nothing");
    }

    public String hash(String password) {
        return inTurn(() -> encoder.encode(password));
    }

    public boolean matches(String password, String hash) {
        return inTurn(() -> encoder.matches(password, hash));
    }

    /**
     * The hash of a random secret that nobody keeps, for an account whose owner has not chosen a password yet: no
     * password matches it, and checking one against it takes as long as against any other hash.
     */
    String unusableHash() {
        if (unusableHash == null) {
            unusableHash = hash(app.rounds.common.security.SecretTokens.newToken());
        }
        return unusableHash;
    }

    void spendTimeOfOneCheck(String password) {
        inTurn(() -> encoder.matches(password, decoyHash));
    }

    private <T> T inTurn(Supplier<T> work) {
        boolean acquired;
        try {
            acquired = turns.tryAcquire(maxWait.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            acquired = false;
        }
        if (!acquired) {
            throw new Busy("Too many sign-ins and sign-ups at once; try again in a moment", RETRY_AFTER);
        }
        try {
            return work.get();
        } finally {
            turns.release();
        }
    }
}
