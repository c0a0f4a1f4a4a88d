package app.rounds.support;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.hibernate.SessionFactory;
import org.hibernate.stat.Statistics;

import app.rounds.common.persistence.SqlReads;

/**
 * Counts the SQL statements a piece of work prepares: Hibernate's statistics (on in the test profile) plus the plain
 * reads of {@link SqlReads}, which run beside Hibernate's statement machinery.
 */
@ApplicationScoped
public class StatementCounter {

    @Inject
    SessionFactory sessionFactory;

    @Inject
    SqlReads sqlReads;

    public long count(Runnable work) {
        Statistics statistics = sessionFactory.getStatistics();
        long before = statistics.getPrepareStatementCount() + sqlReads.statementsRun();
        work.run();
        return statistics.getPrepareStatementCount() + sqlReads.statementsRun() - before;
    }
}
