package app.rounds.account;

import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.interfaces.RSAKey;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.jose4j.jwk.JsonWebKey;
import org.jose4j.jwk.JsonWebKeySet;
import org.jose4j.lang.JoseException;

import io.smallrye.jwt.util.KeyUtils;

/**
 * Recognises the committed dev keys, which anyone can read and so sign tokens with. They are recognised by the
 * SHA-256 of their RSA modulus (as lowercase hex), so the check works without the keys themselves being shipped.
 */
final class DevKeys {

    static final String DEV_KEY_ID_PREFIX = "rounds-dev-";

    /** rounds-dev-2026a and rounds-dev-2026b, in {@code backend/dev-keys/}. */
    private static final Set<String> MODULUS_FINGERPRINTS = Set.of(
            "8d370449062e30972333d791a6fd5426684ded142346ec1b4f905fabf3b527f4",
            "240399f813fecaf1d23dc94448d15e77c4a02b936d5b1fb59a61873978b61455");

    private DevKeys() {
    }

    /**
     * Why production must not start with these settings, if it must not: a dev key id, or a dev key among the signing
     * key (PEM) and the verification keys (PEM or JWKS).
     */
    static Optional<String> refusal(Optional<String> keyId, String signingKey, String verificationKeys) {
        if (keyId.filter(id -> id.startsWith(DEV_KEY_ID_PREFIX)).isPresent()) {
            return Optional.of("ROUNDS_JWT_KEY_ID " + keyId.get() + " names a committed dev key; give production keys their own id");
        }
        if (isDevKey(moduliOfPrivateKey(signingKey))) {
            return Optional.of("ROUNDS_JWT_PRIVATE_KEY_LOCATION holds a committed dev key, with which anyone can sign tokens;"
                    + " generate a production key pair");
        }
        if (isDevKey(moduliOfVerificationKeys(verificationKeys))) {
            return Optional.of("MP_JWT_VERIFY_PUBLICKEY_LOCATION trusts a committed dev key, with which anyone can sign tokens;"
                    + " publish only production keys");
        }
        return Optional.empty();
    }

    private static boolean isDevKey(List<BigInteger> moduli) {
        return moduli.stream().map(DevKeys::fingerprint).anyMatch(MODULUS_FINGERPRINTS::contains);
    }

    static String fingerprint(BigInteger modulus) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(modulus.toString(16).getBytes(StandardCharsets.US_ASCII));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static List<BigInteger> moduliOfPrivateKey(String pem) {
        try {
            return KeyUtils.decodePrivateKey(pem) instanceof RSAKey rsa ? List.of(rsa.getModulus()) : List.of();
        } catch (Exception notAnRsaPem) {
            return List.of();
        }
    }

    private static List<BigInteger> moduliOfVerificationKeys(String content) {
        List<BigInteger> moduli = new ArrayList<>();
        if (content.strip().startsWith("{")) {
            try {
                for (JsonWebKey key : new JsonWebKeySet(content).getJsonWebKeys()) {
                    if (key.getKey() instanceof RSAKey rsa) {
                        moduli.add(rsa.getModulus());
                    }
                }
            } catch (JoseException notAKeySet) {
                return List.of();
            }
            return moduli;
        }
        try {
            if (KeyUtils.decodePublicKey(content) instanceof RSAKey rsa) {
                moduli.add(rsa.getModulus());
            }
        } catch (Exception notAnRsaPem) {
            return List.of();
        }
        return moduli;
    }
}
