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
        String token = SecretTokens.newToken();
        ConnectCode code = new ConnectCode();
        code.tokenHash = hash(token);
        code.accountId = accountId;
        code.eventId = eventId;
        code.createdAt = now;
        code.expiresAt = now.plus(lifetime);
        return new Issued(code, token);
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
