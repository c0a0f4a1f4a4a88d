package app.rounds.account;

import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;

@ApplicationScoped
public class RefreshTokenRepository implements PanacheRepositoryBase<RefreshToken, UUID> {

    Optional<RefreshToken> findByHash(String tokenHash) {
        return find("select t from RefreshToken t join fetch t.account where t.tokenHash = ?1", tokenHash)
                .withLock(jakarta.persistence.LockModeType.PESSIMISTIC_WRITE)
                .firstResultOptional();
    }

    void revokeFamily(UUID familyId, Instant now) {
        update("revokedAt = ?1 where familyId = ?2 and revokedAt is null", now, familyId);
    }

    /** Ends every login of the account (a new password was set). */
    void revokeAllOf(UUID accountId, Instant now) {
        update("revokedAt = ?1 where account.id = ?2 and revokedAt is null", now, accountId);
    }

    /** Whether the login still holds a usable token: false once it was logged out or revoked for a replay. */
    boolean familyIsLive(UUID familyId, Instant now) {
        return count("familyId = ?1 and revokedAt is null and expiresAt > ?2", familyId, now) > 0;
    }

    /** Tokens that can no longer be used by anyone, kept a while for replay detection, then forgotten. */
    long deleteUnusableBefore(Instant cutoff) {
        return delete("expiresAt < ?1 or revokedAt < ?1", cutoff);
    }
}
