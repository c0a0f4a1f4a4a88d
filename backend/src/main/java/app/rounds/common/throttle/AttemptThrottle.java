package app.rounds.common.throttle;

import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.concurrent.locks.ReentrantLock;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Tuple;
import jakarta.transaction.Transactional;

import app.rounds.common.error.TooManyAttempts;
import io.quarkus.narayana.jta.QuarkusTransaction;

/**
 * Attempts per key kept in PostgreSQL, so every instance of the service counts against one limit. Each attempt is
 * reserved (counted) in its own short transaction under the key's row lock before the work it guards begins, so
 * concurrent attempts are decided one after the other and none slips past the check. Within an instance, attempts
 * on one key queue on a lock in memory first, so that a burst of them waits without holding database connections.
 */
@ApplicationScoped
public class AttemptThrottle {

    private static final int STRIPES = 64;

    private final EntityManager entityManager;
    private final ReentrantLock[] stripes = new ReentrantLock[STRIPES];

    AttemptThrottle(EntityManager entityManager) {
        this.entityManager = entityManager;
        for (int i = 0; i < STRIPES; i++) {
            stripes[i] = new ReentrantLock(true);
        }
    }

    /** Counts one attempt for the key, or refuses it with the time left to wait. */
    public void reserve(String key, GrowingDelay rule, Instant now) {
        ReentrantLock stripe = stripes[Math.floorMod(key.hashCode(), STRIPES)];
        stripe.lock();
        try {
            QuarkusTransaction.requiringNew().run(() -> reserveUnderRowLock(key, rule, now));
        } finally {
            stripe.unlock();
        }
    }

    private void reserveUnderRowLock(String key, GrowingDelay rule, Instant now) {
        entityManager.createNativeQuery("""
                        insert into attempt_throttle (key, attempts, last_attempt_at, next_allowed_at)
                        values (?1, 0, ?2, ?2) on conflict (key) do nothing
                        """)
                .setParameter(1, key).setParameter(2, at(now)).executeUpdate();
        Tuple row = (Tuple) entityManager.createNativeQuery("""
                        select attempts, last_attempt_at, next_allowed_at from attempt_throttle where key = ?1 for update
                        """, Tuple.class)
                .setParameter(1, key).getSingleResult();
        int attempts = rule.attemptsCounted(row.get(0, Integer.class), instant(row.get(1)), now);
        Instant nextAllowedAt = instant(row.get(2));
        if (attempts > 0 && nextAllowedAt.isAfter(now)) {
            throw new TooManyAttempts(Duration.between(now, nextAllowedAt));
        }
        entityManager.createNativeQuery("""
                        update attempt_throttle set attempts = ?2, last_attempt_at = ?3, next_allowed_at = ?4 where key = ?1
                        """)
                .setParameter(1, key).setParameter(2, attempts + 1).setParameter(3, at(now))
                .setParameter(4, at(rule.nextAllowedAt(attempts + 1, now)))
                .executeUpdate();
    }

    /** Gives back one reserved attempt (it turned out to be a success that should not count). */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void release(String key) {
        entityManager.createNativeQuery("update attempt_throttle set attempts = greatest(attempts - 1, 0) where key = ?1")
                .setParameter(1, key).executeUpdate();
    }

    /** Forgets every attempt of the key. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void forget(String key) {
        entityManager.createNativeQuery("delete from attempt_throttle where key = ?1").setParameter(1, key).executeUpdate();
    }

    /** Deletes keys nobody tried since {@code before}, once their wait is over too; such attempts no longer count. */
    @Transactional
    int forgetQuietSince(Instant before) {
        return entityManager.createNativeQuery("delete from attempt_throttle where last_attempt_at < ?1 and next_allowed_at < ?1")
                .setParameter(1, at(before)).executeUpdate();
    }

    private static OffsetDateTime at(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
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
