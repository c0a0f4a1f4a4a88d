package app.rounds.connection;

import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import app.rounds.common.security.SecretTokens;

/** An attendee's personal, short-lived code at one event; showing it is consent to connect with whoever scans it. */
@Entity
@Table(name = "connect_code")
public class ConnectCode {

    @Id
    private String tokenHash;
    private String shortCodeHash;
    private UUID accountId;
    private UUID eventId;
    private Instant expiresAt;
    private Instant createdAt;

    protected ConnectCode() {
    }

    /** The code itself (and its short, typed form) is returned once and only their hashes are kept. */
    public record Issued(ConnectCode code, String token, String shortCode) {
    }

    static Issued issue(UUID accountId, UUID eventId, String shortCode, Duration lifetime, Instant now) {
        String token = SecretTokens.newToken();
        ConnectCode code = new ConnectCode();
        code.tokenHash = hash(token);
        code.shortCodeHash = hash(shortCode);
        code.accountId = accountId;
        code.eventId = eventId;
        code.createdAt = now;
        code.expiresAt = now.plus(lifetime);
        return new Issued(code, token, shortCode);
    }

    static String hash(String token) {
        return SecretTokens.sha256Hex(token);
    }

    boolean expiredAt(Instant now) {
        return !now.isBefore(expiresAt);
    }

    UUID accountId() { return accountId; }
    UUID eventId() { return eventId; }
    public Instant expiresAt() { return expiresAt; }
}
