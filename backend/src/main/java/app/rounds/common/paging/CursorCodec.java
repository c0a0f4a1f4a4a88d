package app.rounds.common.paging;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.Base64;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.persistence.EntityManager;

import app.rounds.common.error.InvalidInput;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.StartupEvent;

/**
 * Cursors carrying a signature (HMAC-SHA256 under a key all instances share, kept in the database), for lists whose
 * pages are cached by cursor: only positions the service itself handed out are read, so a client cannot fill the
 * cache with pages of forged positions.
 */
@ApplicationScoped
public class CursorSigning {

    private static final String ALGORITHM = "HmacSHA256";
    private static final int SIGNATURE_BYTES = 16;

    private final EntityManager entityManager;
    private volatile SecretKeySpec key;

    CursorSigning(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    /** Read at start, so that no request pays for it. */
    void loadKey(@Observes StartupEvent start) {
        key();
    }

    public String sign(Cursor cursor) {
        String encoded = cursor.encode();
        return encoded + "." + signature(encoded);
    }

    /** Null for the first page; a cursor without this service's signature is invalid input. */
    public Cursor verify(String signed) {
        if (signed == null || signed.isBlank()) {
            return null;
        }
        int dot = signed.lastIndexOf('.');
        if (dot < 0 || !MessageDigest.isEqual(signature(signed.substring(0, dot)).getBytes(StandardCharsets.US_ASCII),
                signed.substring(dot + 1).getBytes(StandardCharsets.US_ASCII))) {
            throw new InvalidInput("cursor", "is not a cursor this service issued");
        }
        return Cursor.decode(signed.substring(0, dot));
    }

    private String signature(String encoded) {
        try {
            Mac mac = Mac.getInstance(ALGORITHM);
            mac.init(key());
            byte[] full = mac.doFinal(encoded.getBytes(StandardCharsets.UTF_8));
            return Base64.getUrlEncoder().withoutPadding().encodeToString(java.util.Arrays.copyOf(full, SIGNATURE_BYTES));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    private SecretKeySpec key() {
        SecretKeySpec current = key;
        if (current == null) {
            String secret = QuarkusTransaction.requiringNew().call(() -> (String) entityManager
                    .createNativeQuery("select secret from service_secret where name = 'cursor-signing'").getSingleResult());
            current = new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), ALGORITHM);
            key = current;
        }
        return current;
    }
}
