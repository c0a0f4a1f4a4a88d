package app.rounds.account;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

/**
 * One refresh token of a login, stored only as a hash. Each use replaces it with a new one of the same family;
 * presenting a token that was already replaced means it leaked, and the whole family is revoked, except once within
 * a short grace window after the replacement (the client may have lost the answer that carried its successor).
 */
@Entity
@Table(name = "refresh_token")
public class RefreshToken {

    @Id
    private UUID id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "account_id")
    private Account account;

    @Column(nullable = false)
    private UUID familyId;

    @Column(nullable = false, unique = true, length = 64)
    private String tokenHash;

    @Column(nullable = false)
    private Instant issuedAt;

    @Column(nullable = false)
    private Instant expiresAt;

    private Instant revokedAt;

    /** Set when this token was replaced by its successor, as opposed to revoked by a logout or a detected replay. */
    private Instant rotatedAt;

    private Instant graceUsedAt;

    @Column(nullable = false)
    private Instant sessionStartedAt;

    protected RefreshToken() {
    }

    RefreshToken(Account account, UUID familyId, String tokenHash, Instant sessionStartedAt, Instant issuedAt, Instant expiresAt) {
        this.id = UUID.randomUUID();
        this.account = account;
        this.familyId = familyId;
        this.tokenHash = tokenHash;
        this.sessionStartedAt = sessionStartedAt;
        this.issuedAt = issuedAt;
        this.expiresAt = expiresAt;
    }

    boolean isUsable(Instant now) {
        return revokedAt == null && now.isBefore(expiresAt);
    }

    boolean wasRevoked() {
        return revokedAt != null;
    }

    void rotate(Instant now) {
        if (revokedAt == null) {
            revokedAt = now;
            rotatedAt = now;
        }
    }

    /** Whether this replaced token may stand in for its lost successor now; it may do so once. */
    boolean mayUseGrace(Instant now, java.time.Duration grace) {
        return rotatedAt != null && graceUsedAt == null && now.isBefore(rotatedAt.plus(grace)) && now.isBefore(expiresAt);
    }

    void useGrace(Instant now) {
        graceUsedAt = now;
    }

    Instant sessionStartedAt() {
        return sessionStartedAt;
    }

    Account account() {
        return account;
    }

    UUID familyId() {
        return familyId;
    }
}
