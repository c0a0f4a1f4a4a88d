package app.rounds.account;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Optional;

import jakarta.enterprise.event.Observes;
import jakarta.inject.Singleton;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import io.quarkus.runtime.LaunchMode;
import io.quarkus.runtime.StartupEvent;
import io.smallrye.jwt.util.ResourceUtils;

/**
 * Stops start-up when no keys are configured, instead of failing at the first login; and, in production, when they
 * are the committed dev keys, with which anyone could sign an organizer's token.
 */
@Singleton
public class SigningKeysCheck {

    void onStart(@Observes StartupEvent start,
                 @ConfigProperty(name = "smallrye.jwt.sign.key.location") Optional<String> signingKey,
                 @ConfigProperty(name = "mp.jwt.verify.publickey.location") Optional<String> verificationKeys,
                 @ConfigProperty(name = "rounds.auth.key-id") Optional<String> keyId) {
        if (signingKey.filter(location -> !location.isBlank()).isEmpty()
                || verificationKeys.filter(location -> !location.isBlank()).isEmpty()) {
            throw new IllegalStateException("Rounds needs its token keys: set ROUNDS_JWT_PRIVATE_KEY_LOCATION (PEM private key)"
                    + " and MP_JWT_VERIFY_PUBLICKEY_LOCATION (PEM public key or JWKS), and ROUNDS_JWT_KEY_ID");
        }
        if (LaunchMode.current() == LaunchMode.NORMAL) {
            DevKeys.refusal(keyId, read(signingKey.get()), read(verificationKeys.get())).ifPresent(reason -> {
                throw new IllegalStateException("Refusing to start: " + reason);
            });
        }
    }

    /** Read as the JWT library reads it (file system, then class path); a missing file is the library's to report. */
    private static String read(String location) {
        try {
            String content = ResourceUtils.readResource(location);
            return content == null ? "" : content;
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the key at " + location, e);
        }
    }
}
