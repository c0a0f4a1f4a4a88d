package app.rounds.account;

import java.util.Optional;

import jakarta.enterprise.event.Observes;
import jakarta.inject.Singleton;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import io.quarkus.runtime.StartupEvent;

/** Stops start-up when no keys are configured, instead of failing at the first login. */
@Singleton
public class SigningKeysCheck {

    void onStart(@Observes StartupEvent start,
                 @ConfigProperty(name = "smallrye.jwt.sign.key.location") Optional<String> signingKey,
                 @ConfigProperty(name = "mp.jwt.verify.publickey.location") Optional<String> verificationKeys) {
        if (signingKey.filter(location -> !location.isBlank()).isEmpty()
                || verificationKeys.filter(location -> !location.isBlank()).isEmpty()) {
            throw new IllegalStateException("Rounds needs its token keys: set ROUNDS_JWT_PRIVATE_KEY_LOCATION (PEM private key)"
                    + " and MP_JWT_VERIFY_PUBLICKEY_LOCATION (PEM public key or JWKS), and ROUNDS_JWT_KEY_ID");
        }
    }
}
