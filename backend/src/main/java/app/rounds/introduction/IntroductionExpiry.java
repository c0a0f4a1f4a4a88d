package app.rounds.introduction;

import java.time.Duration;

import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import app.rounds.common.cluster.JobLeases;
import io.quarkus.scheduler.Scheduled;

/**
 * Runs the expiry of unanswered introductions on a schedule ({@code rounds.introductions.expiry-sweep}), once per
 * period across all instances of the service.
 */
@ApplicationScoped
class IntroductionExpiry {

    private static final String JOB = "introduction-expiry";

    private final IntroductionService introductions;
    private final JobLeases leases;
    private final Duration period;

    IntroductionExpiry(IntroductionService introductions, JobLeases leases,
                       @ConfigProperty(name = "rounds.introductions.expiry-sweep") Duration period) {
        this.introductions = introductions;
        this.leases = leases;
        this.period = period;
    }

    @Scheduled(every = "${rounds.introductions.expiry-sweep}", delayed = "${rounds.introductions.expiry-sweep-delay}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void sweep() {
        if (leases.claim(JOB, period)) {
            introductions.expireDue();
        }
    }
}
