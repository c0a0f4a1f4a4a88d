package app.rounds.calendar;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;
import java.util.UUID;
import java.util.regex.Pattern;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;

import org.jboss.logging.Logger;

import io.quarkus.narayana.jta.QuarkusTransaction;

/**
 * Feed tokens: HMAC-SHA256 of the account and its feed's nonce under a server secret, 43 URL-safe characters (256
 * bits). Only their SHA-256 is stored and looked up.
 */
@ApplicationScoped
public class FeedTokens {

    private static final Logger LOG = Logger.getLogger(FeedTokens.class);
    private static final Pattern SHAPE = Pattern.compile("[A-Za-z0-9_-]{43}");
    private static final SecureRandom RANDOM = new SecureRandom();

    private final CalendarConfig config;
    private final EntityManager entityManager;
    private volatile byte[] secret;

    FeedTokens(CalendarConfig config, EntityManager entityManager) {
        this.config = config;
        this.entityManager = entityManager;
    }

    String tokenFor(UUID accountId, String nonce) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret(), "HmacSHA256"));
            byte[] digest = mac.doFinal((accountId + ":" + nonce).getBytes(StandardCharsets.UTF_8));
            return Base64.getUrlEncoder().withoutPadding().encodeToString(digest);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Whether a string could be a token at all; anything else is refused without a database read. */
    static boolean wellFormed(String token) {
        return token != null && SHAPE.matcher(token).matches();
    }

    static String hash(String token) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.US_ASCII)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    static String newNonce() {
        byte[] bytes = new byte[24];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    private byte[] secret() {
        byte[] known = secret;
        if (known == null) {
            known = config.feedKey().filter(key -> !key.isBlank()).map(key -> key.getBytes(StandardCharsets.UTF_8))
                    .orElseGet(this::sharedSecret);
            secret = known;
        }
        return known;
    }

    /** The first instance to need it writes a random secret; every other instance reads the same one. */
    private byte[] sharedSecret() {
        LOG.warn("ROUNDS_CALENDAR_FEED_KEY is not set: calendar feed tokens derive from a secret kept in the database");
        String value = QuarkusTransaction.requiringNew().call(() -> {
            entityManager.createNativeQuery("INSERT INTO calendar_secret (id, secret) VALUES (1, :secret) ON CONFLICT (id) DO NOTHING")
                    .setParameter("secret", newNonce() + newNonce())
                    .executeUpdate();
            return (String) entityManager.createNativeQuery("SELECT secret FROM calendar_secret WHERE id = 1").getSingleResult();
        });
        return value.getBytes(StandardCharsets.UTF_8);
    }
}
