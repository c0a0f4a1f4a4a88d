package app.rounds.account;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.util.Base64;
import java.util.Optional;

import org.junit.jupiter.api.Test;

/** Production refuses the committed dev keys however they are handed to it. */
class DevKeysTest {

    private static final Path DEV_KEYS = Path.of("dev-keys");

    @Test
    void theCommittedDevSigningKeyIsRefusedWhateverItsId() throws Exception {
        for (String name : new String[] {"rounds-dev-2026a", "rounds-dev-2026b"}) {
            String devKey = Files.readString(DEV_KEYS.resolve(name + ".pem"));
            assertThat(DevKeys.refusal(Optional.of("prod-2026"), devKey, pem("PUBLIC KEY", freshKeys().getPublic().getEncoded())))
                    .hasValueSatisfying(reason -> assertThat(reason).contains("ROUNDS_JWT_PRIVATE_KEY_LOCATION"));
        }
    }

    @Test
    void aVerificationKeySetTrustingADevKeyIsRefused() throws Exception {
        KeyPair production = freshKeys();
        assertThat(DevKeys.refusal(Optional.of("prod-2026"), pem("PRIVATE KEY", production.getPrivate().getEncoded()),
                Files.readString(DEV_KEYS.resolve("jwks.json"))))
                .hasValueSatisfying(reason -> assertThat(reason).contains("MP_JWT_VERIFY_PUBLICKEY_LOCATION"));
    }

    @Test
    void aDevKeyIdIsRefused() throws Exception {
        KeyPair production = freshKeys();
        assertThat(DevKeys.refusal(Optional.of("rounds-dev-2027"), pem("PRIVATE KEY", production.getPrivate().getEncoded()),
                pem("PUBLIC KEY", production.getPublic().getEncoded())))
                .hasValueSatisfying(reason -> assertThat(reason).contains("ROUNDS_JWT_KEY_ID"));
    }

    @Test
    void freshlyGeneratedKeysAreAccepted() throws Exception {
        KeyPair production = freshKeys();
        assertThat(DevKeys.refusal(Optional.of("prod-2026"), pem("PRIVATE KEY", production.getPrivate().getEncoded()),
                pem("PUBLIC KEY", production.getPublic().getEncoded()))).isEmpty();
    }

    private static KeyPair freshKeys() throws Exception {
        KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
        generator.initialize(2048);
        return generator.generateKeyPair();
    }

    private static String pem(String type, byte[] der) {
        return "-----BEGIN " + type + "-----\n" + Base64.getMimeEncoder(64, "\n".getBytes()).encodeToString(der)
                + "\n-----END " + type + "-----\n";
    }
}
