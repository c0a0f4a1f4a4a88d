package app.rounds.introduction;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.scheduler.Scheduled;

/** Runs the expiry of unanswered introductions on a schedule ({@code rounds.introductions.expiry-sweep}). */
@ApplicationScoped
class IntroductionExpiry {

    private final IntroductionService introductions;

    IntroductionExpiry(IntroductionService introductions) {
        this.introductions = introductions;
    }

    @Scheduled(every = "${rounds.introductions.expiry-sweep}", delayed = "1m",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void sweep() {
        introductions.expireDue();
    }
}
