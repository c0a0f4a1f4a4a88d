package app.rounds.account;

import jakarta.enterprise.context.ApplicationScoped;

import org.springframework.security.crypto.argon2.Argon2PasswordEncoder;

/** Argon2id (OWASP's parameters by default), in the self-describing PHC string format. */
@ApplicationScoped
public class PasswordHasher {

    private static final int SALT_BYTES = 16;
    private static final int HASH_BYTES = 32;

    private final Argon2PasswordEncoder encoder;
    /** Verified against when an email is unknown, so that both failures take the same time. */
    private final String decoyHash;

    PasswordHasher(AuthConfig config) {
        AuthConfig.Argon2 argon2 = config.argon2();
        this.encoder = new Argon2PasswordEncoder(SALT_BYTES, HASH_BYTES, argon2.parallelism(), argon2.memoryKib(),
                argon2.iterations());
        this.decoyHash = encoder.encode("decoy-password-that-matches-nothing");
    }

    public String hash(String password) {
        return encoder.encode(password);
    }

    public boolean matches(String password, String hash) {
        return encoder.matches(password, hash);
    }

    void spendTimeOfOneCheck(String password) {
        encoder.matches(password, decoyHash);
    }
}
