package app.rounds.support;

import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.time.Instant;
import java.util.Set;
import java.util.UUID;

import io.smallrye.jwt.build.Jwt;
import io.smallrye.jwt.build.JwtClaimsBuilder;
import io.smallrye.jwt.util.KeyUtils;

/** Tokens a client could forge or hold past their time, to prove that the API refuses each. */
public final class TestTokens {

    public static final String ISSUER = "https://rounds.app";
    public static final String AUDIENCE = "rounds-api";
    public static final String PREVIOUS_KEY_ID = "rounds-dev-2026a";

    private TestTokens() {
    }

    public static String expired(UUID subject) {
        return claims(subject).issuedAt(Instant.now().minusSeconds(3600)).expiresAt(Instant.now().minusSeconds(600))
                .jws().keyId(PREVIOUS_KEY_ID).sign(previousKey());
    }

    /** Valid, signed with a published key, and expiring {@code seconds} from now. */
    public static String expiringIn(UUID subject, long seconds) {
        return claims(subject).expiresAt(Instant.now().plusSeconds(seconds)).jws().keyId(PREVIOUS_KEY_ID)
                .sign(previousKey());
    }

    public static String wrongIssuer(UUID subject) {
        return claims(subject).issuer("https://evil.example").jws().keyId(PREVIOUS_KEY_ID).sign(previousKey());
    }

    public static String wrongAudience(UUID subject) {
        return claims(subject).audience("someone-else").jws().keyId(PREVIOUS_KEY_ID).sign(previousKey());
    }

    /** Well-formed and unexpired, but signed by a key the service never published. */
    public static String forged(UUID subject) {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(2048);
            return claims(subject).jws().keyId(PREVIOUS_KEY_ID).sign(generator.generateKeyPair().getPrivate());
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /** Signed by the key that signed tokens before the last rotation; still in the published key set. */
    public static String signedWithPreviousKey(UUID subject, Set<String> groups) {
        return claims(subject).groups(groups).jws().keyId(PREVIOUS_KEY_ID).sign(previousKey());
    }

    private static JwtClaimsBuilder claims(UUID subject) {
        return Jwt.issuer(ISSUER).audience(AUDIENCE).subject(subject.toString()).groups(Set.of("ATTENDEE"))
                .expiresIn(300);
    }

    private static PrivateKey previousKey() {
        try {
            String pem = Files.readString(Path.of("dev-keys/" + PREVIOUS_KEY_ID + ".pem"));
            return KeyUtils.decodePrivateKey(pem);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
