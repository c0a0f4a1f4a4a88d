package app.rounds.integration;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;

import io.quarkus.narayana.jta.QuarkusTransaction;

/**
 * A fixed-window request counter per integration client, kept in PostgreSQL so that every instance counts against one
 * allowance: a single UPSERT adds the request under the row's lock, or starts the row over when its window has passed.
 */
@ApplicationScoped
public class KeyRateLimit {

    private static final String COUNT = """
            INSERT INTO integration_rate_window (client_id, window_start, request_count) VALUES (:client, :windowStart, 1)
            ON CONFLICT (client_id) DO UPDATE SET
                request_count = CASE WHEN integration_rate_window.window_start = EXCLUDED.window_start
                                     THEN integration_rate_window.request_count + 1 ELSE 1 END,
                window_start = EXCLUDED.window_start
            RETURNING request_count
            """;

    private final EntityManager entityManager;
    private final RateLimitConfig config;
    private final Clock clock;

    KeyRateLimit(EntityManager entityManager, RateLimitConfig config, Clock clock) {
        this.entityManager = entityManager;
        this.config = config;
        this.clock = clock;
    }

    /** Where this request leaves the client: within its allowance or over it, and when the window renews. */
    public record Usage(int limit, int used, Duration window, Duration resetIn) {

        public boolean exceeded() {
            return used > limit;
        }

        public int remaining() {
            return Math.max(0, limit - used);
        }
    }

    Usage count(UUID clientId) {
        Instant now = clock.instant();
        long windowMillis = config.window().toMillis();
        Instant windowStart = Instant.ofEpochMilli(now.toEpochMilli() / windowMillis * windowMillis);
        int used = QuarkusTransaction.requiringNew().call(() -> ((Number) entityManager.createNativeQuery(COUNT)
                .setParameter("client", clientId)
                .setParameter("windowStart", Timestamp.from(windowStart))
                .getSingleResult()).intValue());
        return new Usage(config.requests(), used, config.window(),
                Duration.between(now, windowStart.plus(config.window())));
    }
}
