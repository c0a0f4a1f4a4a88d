package app.rounds.introduction;

import static app.rounds.support.Api.api;
import static app.rounds.support.Api.followLocation;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.not;

import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import app.rounds.support.Events;
import app.rounds.support.Introductions;
import app.rounds.support.TestData;
import app.rounds.support.TestData.SignedIn;
import io.quarkus.test.junit.QuarkusTest;

/** What an attendee wrote in an introduction is for its people only, never for an organizer who is not one of them. */
@QuarkusTest
class IntroductionPrivacyTest {

    private static final String BROKER_REASON = "Both of you take complex retina referrals";

    private SignedIn organizer;
    private SignedIn requester;
    private UUID eventId;
    private UUID requested;
    private UUID brokered;

    @BeforeEach
    void anAttendeesRequestAndAnOrganizersBrokeredIntroduction() {
        organizer = TestData.organizer();
        eventId = Events.published(organizer.accessToken(), 20);
        requester = TestData.attendee();
        SignedIn recipient = TestData.attendee();
        SignedIn third = TestData.attendee();
        SignedIn fourth = TestData.attendee();
        for (SignedIn attendee : new SignedIn[] {requester, recipient, third, fourth}) {
            Events.register(attendee.accessToken(), eventId);
        }
        requested = Introductions.request(requester.accessToken(), eventId, recipient.id());
        brokered = UUID.fromString(followLocation(api(organizer.accessToken())
                .body(Map.of("eventId", eventId, "partyAId", third.id(), "partyBId", fourth.id(), "reason", BROKER_REASON))
                .post("/api/v1/introductions").then().statusCode(201).extract(), organizer.accessToken()).path("id"));
    }

    @Test
    void anOrganizerWhoIsNotPartOfARequestGetsItWithoutItsReason() {
        api(organizer.accessToken()).get("/api/v1/introductions/" + requested).then().statusCode(200)
                .body("id", equalTo(requested.toString()))
                .body("$", not(hasKey("reason")))
                .body("$", not(hasKey("answerMessage")));
    }

    @Test
    void thePeopleOfARequestStillReadItsReason() {
        api(requester.accessToken()).get("/api/v1/introductions/" + requested).then().statusCode(200)
                .body("reason", equalTo("We refer to each other's specialties"));
    }

    @Test
    void theOrganizerWhoBrokeredAnIntroductionReadsTheReasonTheyWrote() {
        api(organizer.accessToken()).get("/api/v1/introductions/" + brokered).then().statusCode(200)
                .body("reason", equalTo(BROKER_REASON));
    }

    @Test
    void theEventsListShowsAnOrganizerOnlyTheReasonsOfWhatTheyBrokered() {
        api(organizer.accessToken()).get("/api/v1/introductions?eventId=" + eventId).then().statusCode(200)
                .body("items.find { it.id == '%s' }".formatted(requested), not(hasKey("reason")))
                .body("items.find { it.id == '%s' }.reason".formatted(brokered), equalTo(BROKER_REASON));
    }
}
