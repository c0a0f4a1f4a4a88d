package app.rounds.demo;

import java.util.List;
import java.util.UUID;

import jakarta.inject.Singleton;

import app.rounds.connection.CellConsent;
import app.rounds.connection.ConnectionRepository;
import app.rounds.connection.ConnectionService;
import app.rounds.introduction.Introduction;
import app.rounds.introduction.IntroductionService;

/**
 * Introductions in every state and a few connections made by scanning, at the upcoming demo events, so that the
 * demo attendees find requests to answer, answers waiting, connections with a shared cell number and a met one.
 */
@Singleton
class DemoIntroductions {

    private final IntroductionService introductions;
    private final ConnectionService connections;
    private final ConnectionRepository connectionRepository;

    DemoIntroductions(IntroductionService introductions, ConnectionService connections, ConnectionRepository connectionRepository) {
        this.introductions = introductions;
        this.connections = connections;
        this.connectionRepository = connectionRepository;
    }

    /** {@code greeters} are Amara, Julien and Priya; {@code boston} and {@code montreal} the physicians seated there. */
    void seed(UUID organizerId, UUID bostonEvent, List<UUID> greeters, List<UUID> boston, UUID montrealEvent, List<UUID> montreal) {
        UUID amara = greeters.get(0);
        UUID julien = greeters.get(1);
        UUID priya = greeters.get(2);

        introductions.request(bostonEvent, boston.get(0), amara,
                "You see the heart failure patients I refer out; I'd like to send you more.");
        introductions.request(bostonEvent, amara, boston.get(1), "I refer out cataract cases and hear you take them.");

        Introduction accepted = introductions.request(bostonEvent, julien, boston.get(2),
                "We share many atrial fibrillation patients; let's make referrals easier.");
        introductions.accept(accepted.id(), boston.get(2), false, "Happy to, see you at the mixer.");
        shareCells(julien, boston.get(2));

        Introduction declined = introductions.request(bostonEvent, priya, boston.get(3), "Interested in your joint replacement work.");
        introductions.decline(declined.id(), boston.get(3), false, "My list is closed for new referrals this season, sorry.");

        Introduction met = introductions.request(bostonEvent, amara, boston.get(4), "Your sleep apnea clinic fits my patients.");
        introductions.accept(met.id(), boston.get(4), false, null);
        introductions.markMet(met.id(), amara, false);
        introductions.markMet(met.id(), boston.get(4), false);

        introductions.broker(bostonEvent, organizerId, true, julien, priya, "Two of our most active referrers; you should meet.");

        scan(bostonEvent, priya, boston.get(5));
        scan(bostonEvent, amara, julien);

        introductions.request(montrealEvent, montreal.get(0), montreal.get(1), "You take the sports injuries I see every week.");
        Introduction montrealAccepted = introductions.request(montrealEvent, montreal.get(2), montreal.get(3),
                "Our practices are two streets apart.");
        introductions.accept(montrealAccepted.id(), montreal.get(3), false, null);
    }

    private void shareCells(UUID one, UUID other) {
        UUID connectionId = connectionRepository.between(one, other).orElseThrow().id();
        connections.decideCellConsent(connectionId, one, CellConsent.GRANTED);
        connections.decideCellConsent(connectionId, other, CellConsent.GRANTED);
    }

    private void scan(UUID eventId, UUID scanner, UUID owner) {
        connections.scan(connections.issueCode(eventId, owner).token(), null, scanner);
    }
}
