package app.rounds.common.paging;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.function.Function;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.persistence.EntityManager;

import app.rounds.common.error.InvalidInput;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.StartupEvent;

/**
 * Writes and reads every list's cursors. A cursor carries a signature (HMAC-SHA256 under a key all instances share,
 * kept in the database as the {@code cursor-signing} service secret), so only positions the service itself handed out
 * are read: a client cannot walk a list from positions it made up, nor fill a page cache with pages of them.
 */
@ApplicationScoped
public class CursorCodec {

    private static final String ALGORITHM = "HmacSHA256";
    private static final int SIGNATURE_BYTES = 16;
    private static final String NOT_ISSUED = "is not a cursor this service issued";

    private final EntityManager entityManager;
    private volatile SecretKeySpec key;

    CursorCodec(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    /** Read at start, so that no request pays for it. */
    void loadKey(@Observes StartupEvent start) {
        key();
    }

    /** Where the requested page starts: after the position its cursor names, or at the top without one. */
    public Cursor after(PageRequest page) {
        return decode(page.cursor());
    }

    /** The page cut from rows fetched {@link PageRequest#fetchSize() one more than shown}, with a signed next cursor. */
    public <T> Slice<T> slice(List<T> fetchedOneMore, PageRequest page, Function<T, Cursor> positionOf) {
        return Slice.of(fetchedOneMore, page.limit(), positionOf, this::encode);
    }

    public String encode(Cursor position) {
        String text = position.text();
        return text + "." + signature(text);
    }

    /** Null for the first page; a cursor without this service's signature is invalid input. */
    public Cursor decode(String signed) {
        if (signed == null || signed.isBlank()) {
            return null;
        }
        int dot = signed.lastIndexOf('.');
        if (dot < 0 || !MessageDigest.isEqual(signature(signed.substring(0, dot)).getBytes(StandardCharsets.US_ASCII),
                signed.substring(dot + 1).getBytes(StandardCharsets.US_ASCII))) {
            throw new InvalidInput("cursor", NOT_ISSUED);
        }
        try {
            return Cursor.parse(signed.substring(0, dot));
        } catch (RuntimeException signedButUnreadable) {
            throw new InvalidInput("cursor", NOT_ISSUED);
        }
    }

    /**
     * Signs a position of a list whose keys are not a {@link Cursor} (the change feed's transaction watermark). The
     * purpose is signed with it, so a cursor of one kind of list is never read as another's.
     */
    public String encode(String purpose, String position) {
        String text = Base64.getUrlEncoder().withoutPadding().encodeToString(position.getBytes(StandardCharsets.UTF_8));
        return text + "." + signature(purpose + ":" + text);
    }

    /** The position {@link #encode(String, String)} signed for this purpose; anything else is invalid input of field. */
    public String decode(String purpose, String signed, String field) {
        int dot = signed.lastIndexOf('.');
        if (dot < 0 || !MessageDigest.isEqual(signature(purpose + ":" + signed.substring(0, dot)).getBytes(StandardCharsets.US_ASCII),
                signed.substring(dot + 1).getBytes(StandardCharsets.US_ASCII))) {
            throw new InvalidInput(field, NOT_ISSUED);
        }
        try {
            return new String(Base64.getUrlDecoder().decode(signed.substring(0, dot)), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException signedButUnreadable) {
            throw new InvalidInput(field, NOT_ISSUED);
        }
    }

    private String signature(String text) {
        try {
            Mac mac = Mac.getInstance(ALGORITHM);
            mac.init(key());
            byte[] full = mac.doFinal(text.getBytes(StandardCharsets.UTF_8));
            return Base64.getUrlEncoder().withoutPadding().encodeToString(Arrays.copyOf(full, SIGNATURE_BYTES));
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
