package app.rounds.integration.changes;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.persistence.EntityManager;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.StartupEvent;

/**
 * The feed's lag as the gauge {@code rounds.changes.lag} (seconds): how long the oldest change that has committed is
 * already waiting behind the watermark because an older transaction is still open. Zero when readers see everything.
 */
@ApplicationScoped
public class ChangeFeedLag {

    private static final String LAG = """
            SELECT coalesce(extract(epoch FROM clock_timestamp() - min(changed_at)), 0)::float8
            FROM change_log WHERE xid >= pg_snapshot_xmin(pg_current_snapshot())
            """;

    private final EntityManager entityManager;

    ChangeFeedLag(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    void register(@Observes StartupEvent start, MeterRegistry registry) {
        Gauge.builder("rounds.changes.lag", this, ChangeFeedLag::seconds)
                .description("Seconds the oldest committed change waits behind the change feed's watermark")
                .baseUnit("seconds").register(registry);
    }

    public double seconds() {
        return QuarkusTransaction.requiringNew().call(() -> ((Number) entityManager.createNativeQuery(LAG).getSingleResult())
                .doubleValue());
    }
}
