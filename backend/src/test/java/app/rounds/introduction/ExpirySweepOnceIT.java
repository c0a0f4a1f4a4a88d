package app.rounds.introduction;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import app.rounds.support.cluster.TwoInstances;

/** Both instances tick the introduction expiry sweep every second; it runs once a second between them. */
class ExpirySweepOnceIT {

    private static final Duration PERIOD = Duration.ofSeconds(1);
    private static final Duration WATCHED = Duration.ofSeconds(6);

    @RegisterExtension
    static final TwoInstances cluster = TwoInstances.direct()
            .env("ROUNDS_INTRODUCTIONS_EXPIRY_SWEEP", "1s")
            .env("ROUNDS_INTRODUCTIONS_EXPIRY_SWEEP_DELAY", "1s");

    @Test
    void theSweepRunsOncePerPeriodAcrossBothInstances() throws InterruptedException {
        Thread.sleep(2_000);
        long before = runs();
        long startedAt = System.nanoTime();
        Thread.sleep(WATCHED.toMillis());
        long watchedMillis = Duration.ofNanos(System.nanoTime() - startedAt).toMillis();
        long during = runs() - before;

        // Each instance alone ticks once a period, so unshared they would run about twice as often as allowed.
        long allowed = watchedMillis / (PERIOD.toMillis() * 9 / 10) + 1;
        assertThat(during).as("sweeps in %d ms", watchedMillis).isBetween(WATCHED.toSeconds() / 2, allowed);
        assertThat(cluster.instance(0).isRunning() && cluster.instance(1).isRunning()).isTrue();
    }

    private static long runs() {
        return cluster.database().count("select coalesce(max(runs), 0) from scheduled_job where name = 'introduction-expiry'");
    }
}
