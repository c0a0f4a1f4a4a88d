package app.rounds.common.throttle;

import java.time.Clock;
import java.time.Duration;

import jakarta.enterprise.context.ApplicationScoped;

import app.rounds.common.cluster.JobLeases;
import io.quarkus.scheduler.Scheduled;

/**
 * Deletes throttle rows of keys left alone for a day, longer than any rule remembers attempts, so that the table
 * holds only keys tried recently however many addresses a flood comes from.
 */
@ApplicationScoped
class AttemptThrottleRetention {

    private static final String JOB = "attempt-throttle-retention";
    private static final Duration PERIOD = Duration.ofHours(1);
    private static final Duration KEPT = Duration.ofDays(1);

    private final AttemptThrottle throttle;
    private final JobLeases leases;
    private final Clock clock;

    AttemptThrottleRetention(AttemptThrottle throttle, JobLeases leases, Clock clock) {
        this.throttle = throttle;
        this.leases = leases;
        this.clock = clock;
    }

    @Scheduled(every = "1h", delayed = "5m", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void forgetOldKeys() {
        if (leases.claim(JOB, PERIOD)) {
            throttle.forgetQuietSince(clock.instant().minus(KEPT));
        }
    }
}
