package app.rounds.integration;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import app.rounds.common.error.Conflict;
import app.rounds.common.security.ApiScope;
import app.rounds.common.security.IntegrationCaller;
import app.rounds.common.security.SecretTokens;

/**
 * A third party holding an API key an organizer issued. Keeps only the key's hash; a rotation keeps the previous
 * key's hash for a grace period, and a revocation ends both keys at once and for good.
 */
@Entity
@Table(name = "integration_client")
public class IntegrationClient {

    /** Characters of the key shown again later, to tell keys apart: the prefix and four of the secret. */
    private static final int HINT_LENGTH = IntegrationCaller.KEY_PREFIX.length() + 4;

    @Id
    private UUID id;
    private String name;
    @JdbcTypeCode(SqlTypes.ARRAY)
    private List<String> scopes = new ArrayList<>();
    private String keyHash;
    private String keyHint;
    private String previousKeyHash;
    private Instant previousKeyExpiresAt;
    private UUID createdBy;
    private Instant createdAt;
    private Instant rotatedAt;
    private Instant revokedAt;
    private Instant lastUsedAt;

    protected IntegrationClient() {
    }

    /** A new client and its first key, which the caller hands out once and never again. */
    static Issued create(String name, Set<ApiScope> scopes, UUID organizer, Instant now) {
        IntegrationClient client = new IntegrationClient();
        client.id = UUID.randomUUID();
        client.name = name;
        client.scopes = new ArrayList<>(scopes.stream().sorted().map(ApiScope::value).toList());
        client.createdBy = organizer;
        client.createdAt = now;
        String key = newKey();
        client.useKey(key);
        return new Issued(client, key);
    }

    /** A new key; the current one keeps working for {@code grace}, any older one stops now. */
    Issued rotate(Instant now, Duration grace) {
        requireActive();
        previousKeyHash = keyHash;
        previousKeyExpiresAt = now.plus(grace);
        rotatedAt = now;
        String key = newKey();
        useKey(key);
        return new Issued(this, key);
    }

    /** Both keys stop at once; revoking again changes nothing. */
    void revoke(Instant now) {
        if (revokedAt == null) {
            revokedAt = now;
            previousKeyHash = null;
            previousKeyExpiresAt = null;
        }
    }

    /** Whether this key, by its hash, authenticates the client at {@code now}. */
    boolean accepts(String presentedHash, Instant now) {
        if (revokedAt != null) {
            return false;
        }
        return presentedHash.equals(keyHash) || presentedHash.equals(previousKeyHash)
                && previousKeyExpiresAt != null && now.isBefore(previousKeyExpiresAt);
    }

    private void requireActive() {
        if (revokedAt != null) {
            throw new Conflict("The integration client is revoked; create a new one");
        }
    }

    private void useKey(String key) {
        keyHash = SecretTokens.sha256Hex(key);
        keyHint = key.substring(0, HINT_LENGTH);
    }

    private static String newKey() {
        return IntegrationCaller.KEY_PREFIX + SecretTokens.newToken();
    }

    IntegrationCaller caller() {
        return new IntegrationCaller(id, scopes());
    }

    public UUID id() {
        return id;
    }

    public String name() {
        return name;
    }

    public Set<ApiScope> scopes() {
        Set<ApiScope> parsed = EnumSet.noneOf(ApiScope.class);
        scopes.forEach(scope -> ApiScope.parse(scope).ifPresent(parsed::add));
        return parsed;
    }

    public String keyHint() {
        return keyHint;
    }

    /** The organizer who made the client: told (by mail) when one of its webhooks fails. */
    public UUID createdBy() {
        return createdBy;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public Instant rotatedAt() {
        return rotatedAt;
    }

    public Instant revokedAt() {
        return revokedAt;
    }

    public Instant lastUsedAt() {
        return lastUsedAt;
    }

    /** When the previous key stops working; null when there is none still working at {@code now}. */
    public Instant previousKeyExpiresAt(Instant now) {
        return previousKeyExpiresAt != null && now.isBefore(previousKeyExpiresAt) ? previousKeyExpiresAt : null;
    }

    /** A client with the key that was just made for it, shown to the organizer this once. */
    record Issued(IntegrationClient client, String key) {
    }
}
