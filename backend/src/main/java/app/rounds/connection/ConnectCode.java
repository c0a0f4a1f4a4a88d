package app.rounds.connection;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import java.util.UUID;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** An attendee's personal, short-lived code at one event; showing it is consent to connect with whoever scans it. */
@Entity
@Table(name = "connect_code")
public class ConnectCode {

    private static final SecureRandom RANDOM = new SecureRandom();

    @Id
    private String tokenHash;
    private UUID accountId;
    private UUID eventId;
    private Instant expiresAt;
    private Instant createdAt;

    protected ConnectCode() {
    }

    /** The code itself is returned once and only its hash is kept. */
    public record Issued(ConnectCode code, String token) {
    }

    static Issued issue(UUID accountId, UUID eventId, Duration lifetime, Instant now) {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        String token = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        ConnectCode code = new ConnectCode();
        code.tokenHash = hash(token);
        code.accountId = accountId;
        code.eventId = eventId;
        code.createdAt = now;
        code.expiresAt = now.plus(lifetime);
        return new Issued(code, token);
    }

    static String hash(String token) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    boolean expiredAt(Instant now) {
        return !now.isBefore(expiresAt);
    }

    UUID accountId() { return accountId; }
    UUID eventId() { return eventId; }
    public Instant expiresAt() { return expiresAt; }
}
