package app.rounds.retention;

import java.time.Clock;
import java.time.Duration;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

import app.rounds.account.AccountTokens;
import app.rounds.account.SessionService;
import app.rounds.common.cluster.JobLeases;
import app.rounds.common.idempotency.IdempotencyRecords;
import app.rounds.integration.changes.ChangeFeed;
import app.rounds.notification.Notifications;
import io.quarkus.scheduler.Scheduled;

/**
 * Deletes what nobody needs any more: refresh tokens no one can use, notifications read long ago, Idempotency-Key
 * results past their day and change-feed rows past their retention. Every instance ticks the schedule; the one that
 * claims the period's lease does the work. The two big tables go in batches of their own transactions.
 */
@ApplicationScoped
public class RetentionJob {

    private static final String JOB = "retention";
    private static final Logger LOG = Logger.getLogger(RetentionJob.class);

    private final JobLeases leases;
    private final SessionService sessions;
    private final AccountTokens accountTokens;
    private final Notifications notifications;
    private final IdempotencyRecords idempotencyKeys;
    private final ChangeFeed changeFeed;
    private final Duration period;
    private final Duration readNotificationRetention;
    private final Clock clock;

    RetentionJob(JobLeases leases, SessionService sessions, AccountTokens accountTokens, Notifications notifications,
                 IdempotencyRecords idempotencyKeys, ChangeFeed changeFeed,
                 @ConfigProperty(name = "rounds.retention.every") Duration period,
                 @ConfigProperty(name = "rounds.retention.read-notifications") Duration readNotificationRetention, Clock clock) {
        this.leases = leases;
        this.sessions = sessions;
        this.accountTokens = accountTokens;
        this.notifications = notifications;
        this.idempotencyKeys = idempotencyKeys;
        this.changeFeed = changeFeed;
        this.period = period;
        this.readNotificationRetention = readNotificationRetention;
        this.clock = clock;
    }

    @Scheduled(every = "${rounds.retention.every}", delayed = "5m", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void onSchedule() {
        if (leases.claim(JOB, period)) {
            deleteExpired();
            deleteExpiredInBatches();
        }
    }

    @Transactional
    public void deleteExpired() {
        long tokens = sessions.forgetUnusableTokens();
        // A spent link is refused as "already used" or "expired" for a day, then as "not valid": still refused.
        long links = accountTokens.forgetSpentBefore(clock.instant().minus(Duration.ofDays(1)));
        long read = notifications.forgetReadBefore(clock.instant().minus(readNotificationRetention));
        LOG.infof("Retention: deleted %d refresh tokens, %d spent mail links and %d read notifications", tokens, links, read);
    }

    public void deleteExpiredInBatches() {
        long keys = idempotencyKeys.forgetExpired();
        long changes = changeFeed.forgetOldChanges(clock.instant());
        LOG.infof("Retention: deleted %d idempotency keys and %d change-feed rows", keys, changes);
    }
}
