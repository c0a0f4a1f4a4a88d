package app.rounds.mail;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.Arrays;
import java.util.Base64;
import java.util.Optional;
import java.util.UUID;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import jakarta.enterprise.context.ApplicationScoped;

/** Links inside mails: into the SPA, and signed one-click unsubscribe links that need no login. */
@ApplicationScoped
public class MailLinks {

    private static final int SIGNATURE_BYTES = 16;
    private static final Base64.Encoder ENCODER = Base64.getUrlEncoder().withoutPadding();

    private static final String SHARED_SECRET = "mail-link-key";

    private final String baseUrl;
    private final MailConfig config;
    private final SharedSecrets secrets;
    private volatile SecretKeySpec key;

    MailLinks(MailConfig config, SharedSecrets secrets) {
        this.baseUrl = config.publicBaseUrl().replaceAll("/+$", "");
        this.config = config;
        this.secrets = secrets;
    }

    /** The SPA's base URL, without a trailing slash. */
    public String base() {
        return baseUrl;
    }

    /** An absolute URL of an SPA page, e.g. {@code app("/events/" + id)}. */
    public String app(String path) {
        return baseUrl + (path.startsWith("/") ? path : "/" + path);
    }

    /** The RFC 8058 one-click endpoint for this recipient and category (a POST turns the category off). */
    String unsubscribeEndpoint(UUID accountId, MailCategory category) {
        return baseUrl + "/api/v1/mail/unsubscribe/" + unsubscribeToken(accountId, category);
    }

    /** The SPA page a person who clicks the link in the mail's body lands on. */
    String unsubscribePage(UUID accountId, MailCategory category) {
        return app("/unsubscribe/" + unsubscribeToken(accountId, category));
    }

    String unsubscribeToken(UUID accountId, MailCategory category) {
        byte[] payload = payload(accountId, category);
        byte[] token = Arrays.copyOf(payload, payload.length + SIGNATURE_BYTES);
        System.arraycopy(sign(payload), 0, token, payload.length, SIGNATURE_BYTES);
        return ENCODER.encodeToString(token);
    }

    /** Whom and what a token unsubscribes, when it is one this service signed. */
    Optional<Unsubscribe> verify(String token) {
        byte[] raw;
        try {
            raw = Base64.getUrlDecoder().decode(token);
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
        if (raw.length != 17 + SIGNATURE_BYTES) {
            return Optional.empty();
        }
        byte[] payload = Arrays.copyOf(raw, 17);
        byte[] signature = Arrays.copyOfRange(raw, 17, raw.length);
        if (!MessageDigest.isEqual(signature, Arrays.copyOf(sign(payload), SIGNATURE_BYTES))) {
            return Optional.empty();
        }
        ByteBuffer buffer = ByteBuffer.wrap(payload);
        UUID accountId = new UUID(buffer.getLong(), buffer.getLong());
        int category = buffer.get();
        if (category < 0 || category >= MailCategory.values().length) {
            return Optional.empty();
        }
        return Optional.of(new Unsubscribe(accountId, MailCategory.values()[category]));
    }

    private static byte[] payload(UUID accountId, MailCategory category) {
        return ByteBuffer.allocate(17).putLong(accountId.getMostSignificantBits()).putLong(accountId.getLeastSignificantBits())
                .put((byte) category.ordinal()).array();
    }

    private byte[] sign(byte[] payload) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(key());
            return mac.doFinal(payload);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    private SecretKeySpec key() {
        if (key == null) {
            String secret = config.linkSecret().filter(value -> !value.isBlank()).orElseGet(() -> secrets.get(SHARED_SECRET));
            key = new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256");
        }
        return key;
    }

    record Unsubscribe(UUID accountId, MailCategory category) {
    }
}
