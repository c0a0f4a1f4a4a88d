package app.rounds.account;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Tuple;
import jakarta.transaction.Transactional;

import app.rounds.common.error.InvalidInput;
import app.rounds.common.security.SecretTokens;

/**
 * Single-use tokens mailed to an account's address, one purpose each (address verification, password reset): 256
 * random bits, of which only the SHA-256 is stored, so a reader of the database cannot follow a link.
 */
@ApplicationScoped
public class AccountTokens {

    enum Purpose { EMAIL_VERIFICATION, PASSWORD_RESET }

    /** A new token, to be mailed: the raw value exists only here and in the mail. */
    record Issued(UUID tokenId, UUID accountId, String token, Instant expiresAt) {
    }

    private static final String FIELD = "token";
    private static final String ISSUE = """
            INSERT INTO account_token (id, account_id, purpose, token_hash, created_at, expires_at)
            SELECT :id, a.id, :purpose, :hash, :now, :expiresAt FROM account a WHERE %s
            RETURNING account_id""";

    private final EntityManager entityManager;
    private final Clock clock;

    AccountTokens(EntityManager entityManager, Clock clock) {
        this.entityManager = entityManager;
        this.clock = clock;
    }

    @Transactional(Transactional.TxType.MANDATORY)
    Issued issue(UUID accountId, Purpose purpose, Duration lifetime) {
        return issueWhere("a.id = :key", accountId, purpose, lifetime)
                .orElseThrow(() -> new IllegalStateException("No account " + accountId + " to issue a token for"));
    }

    /**
     * A token for the account of this address, if there is one. Known and unknown addresses run the same statement
     * (an insert from a select that finds a row or none), so the answer takes about the same time either way.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    Optional<Issued> issueForEmail(String email, Purpose purpose, Duration lifetime) {
        return issueWhere("a.email = :key", Account.normalizeEmail(email), purpose, lifetime);
    }

    /** Refuses a token that cannot be redeemed, without using it: for a check before costly work. */
    @Transactional
    void requireRedeemable(String token, Purpose purpose) {
        usable(find(token, purpose, false), purpose);
    }

    /** Uses the token up (under its row lock, so two clicks at once redeem it once) and names its account. */
    @Transactional(Transactional.TxType.MANDATORY)
    UUID redeem(String token, Purpose purpose) {
        Tuple row = usable(find(token, purpose, true), purpose);
        entityManager.createNativeQuery("UPDATE account_token SET used_at = :now WHERE id = :id")
                .setParameter("now", now())
                .setParameter("id", row.get("id", UUID.class))
                .executeUpdate();
        return row.get("account_id", UUID.class);
    }

    /** Ends every other unused token of this purpose (a password reset makes the other reset links moot). */
    @Transactional(Transactional.TxType.MANDATORY)
    void retireAll(UUID accountId, Purpose purpose) {
        entityManager.createNativeQuery("""
                        UPDATE account_token SET used_at = :now
                        WHERE account_id = :account AND purpose = :purpose AND used_at IS NULL""")
                .setParameter("now", now())
                .setParameter("account", accountId)
                .setParameter("purpose", purpose.name())
                .executeUpdate();
    }

    /** Deletes tokens used or expired before the cutoff: nobody can redeem them, and their refusal no longer matters. */
    @Transactional
    public int forgetSpentBefore(Instant cutoff) {
        return entityManager.createNativeQuery("DELETE FROM account_token WHERE coalesce(used_at, expires_at) < :cutoff")
                .setParameter("cutoff", OffsetDateTime.ofInstant(cutoff, ZoneOffset.UTC))
                .executeUpdate();
    }

    private Optional<Issued> issueWhere(String condition, Object key, Purpose purpose, Duration lifetime) {
        String token = SecretTokens.newToken();
        UUID id = UUID.randomUUID();
        Instant now = clock.instant();
        Instant expiresAt = now.plus(lifetime);
        @SuppressWarnings("unchecked")
        List<UUID> accounts = entityManager.createNativeQuery(ISSUE.formatted(condition))
                .setParameter("id", id)
                .setParameter("purpose", purpose.name())
                .setParameter("hash", SecretTokens.sha256Hex(token))
                .setParameter("now", OffsetDateTime.ofInstant(now, ZoneOffset.UTC))
                .setParameter("expiresAt", OffsetDateTime.ofInstant(expiresAt, ZoneOffset.UTC))
                .setParameter("key", key)
                .getResultList();
        return accounts.stream().findFirst().map(accountId -> new Issued(id, accountId, token, expiresAt));
    }

    private Optional<Tuple> find(String token, Purpose purpose, boolean lock) {
        @SuppressWarnings("unchecked")
        List<Tuple> rows = entityManager.createNativeQuery("""
                        SELECT id, account_id, expires_at, used_at FROM account_token
                        WHERE token_hash = :hash AND purpose = :purpose""" + (lock ? " FOR UPDATE" : ""), Tuple.class)
                .setParameter("hash", SecretTokens.sha256Hex(token.strip()))
                .setParameter("purpose", purpose.name())
                .getResultList();
        return rows.stream().findFirst();
    }

    private Tuple usable(Optional<Tuple> found, Purpose purpose) {
        Tuple row = found.orElseThrow(() -> new InvalidInput(FIELD, "This link is not valid; " + askAgain(purpose)));
        if (row.get("used_at") != null) {
            throw new InvalidInput(FIELD, "This link was already used; " + askAgain(purpose));
        }
        if (!instant(row.get("expires_at")).isAfter(clock.instant())) {
            throw new InvalidInput(FIELD, "This link has expired; " + askAgain(purpose));
        }
        return row;
    }

    private static String askAgain(Purpose purpose) {
        return switch (purpose) {
            case EMAIL_VERIFICATION -> "log in and ask for a new confirmation mail";
            case PASSWORD_RESET -> "ask for a new password reset mail";
        };
    }

    private OffsetDateTime now() {
        return OffsetDateTime.ofInstant(clock.instant(), ZoneOffset.UTC);
    }

    private static Instant instant(Object value) {
        if (value instanceof OffsetDateTime offset) {
            return offset.toInstant();
        }
        if (value instanceof java.sql.Timestamp timestamp) {
            return timestamp.toInstant();
        }
        return (Instant) value;
    }

}
