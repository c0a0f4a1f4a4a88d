package app.rounds.support;

import java.time.Duration;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.hibernate.SessionFactory;
import org.hibernate.stat.Statistics;

import app.rounds.common.persistence.SqlReads;
import io.quarkus.scheduler.Scheduler;

/**
 * Counts the SQL statements a piece of work prepares: Hibernate's statistics (on in the test profile) plus the plain
 * reads of {@link SqlReads}, which run beside Hibernate's statement machinery.
 */
@ApplicationScoped
public class StatementCounter {

    private static final Duration SETTLE = Duration.ofMillis(300);

    @Inject
    SessionFactory sessionFactory;

    @Inject
    SqlReads sqlReads;

    @Inject
    Scheduler scheduler;

    /**
     * The statistics count every statement of the process, so the scheduled jobs (dispatchers and the import runner tick
     * every 200 ms in tests) are paused while the work runs, after a moment for a tick already under way to finish.
     */
    public long count(Runnable work) {
        scheduler.pause();
        try {
            Thread.sleep(SETTLE.toMillis());
            Statistics statistics = sessionFactory.getStatistics();
            long before = statistics.getPrepareStatementCount() + sqlReads.statementsRun();
            work.run();
            return statistics.getPrepareStatementCount() + sqlReads.statementsRun() - before;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        } finally {
            scheduler.resume();
        }
    }
}
