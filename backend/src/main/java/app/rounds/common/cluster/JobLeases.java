package app.rounds.common.cluster;

import java.lang.management.ManagementFactory;
import java.time.Duration;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

/**
 * Decides which instance runs a scheduled job this period. Every instance ticks every job's schedule; a tick claims
 * the run only if the job is due, and the same statement moves its due time one period on, so one tick per period
 * wins whichever instance makes it. A tenth of the period is forgiven, so that an instance whose ticks arrive a
 * little early does not skip every other period.
 */
@ApplicationScoped
public class JobLeases {

    private static final String INSTANCE = ManagementFactory.getRuntimeMXBean().getName();

    private final EntityManager entityManager;

    JobLeases(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    /** True when this instance should run the job now. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public boolean claim(String job, Duration period) {
        long nextDueInMillis = period.toMillis() - period.toMillis() / 10;
        return entityManager.createNativeQuery("""
                        insert into scheduled_job (name, due_at, runs, last_started_at, last_started_by)
                        values (?1, clock_timestamp() + ?2 * interval '1 millisecond', 1, clock_timestamp(), ?3)
                        on conflict (name) do update
                           set due_at = excluded.due_at, runs = scheduled_job.runs + 1,
                               last_started_at = excluded.last_started_at, last_started_by = excluded.last_started_by
                         where scheduled_job.due_at <= clock_timestamp()
                        """)
                .setParameter(1, job)
                .setParameter(2, nextDueInMillis)
                .setParameter(3, INSTANCE)
                .executeUpdate() == 1;
    }
}
