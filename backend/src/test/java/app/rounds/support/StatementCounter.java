package app.rounds.support;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.hibernate.SessionFactory;
import org.hibernate.stat.Statistics;

/** Counts the SQL statements a piece of work prepares (Hibernate statistics, on in the test profile). */
@ApplicationScoped
public class StatementCounter {

    @Inject
    SessionFactory sessionFactory;

    public long count(Runnable work) {
        Statistics statistics = sessionFactory.getStatistics();
        long before = statistics.getPrepareStatementCount();
        work.run();
        return statistics.getPrepareStatementCount() - before;
    }
}
