package app.rounds.suggestion;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Predicate;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import app.rounds.support.Events;
import app.rounds.support.cluster.TwoInstances;
import io.restassured.path.json.JsonPath;
import io.restassured.specification.RequestSpecification;

/**
 * Instance B holds an event's suggestion snapshot; a change made through instance A that suggestions depend on (a seat
 * given up, a profile's referral fields) shows in suggestions on B at once, not after the snapshot's age limit.
 */
class SuggestionCoherenceIT {

    /** Far below the five-minute age limit that would otherwise hide the change. */
    private static final Duration AT_ONCE = Duration.ofSeconds(3);

    @RegisterExtension
    static final TwoInstances cluster = TwoInstances.direct();

    private UUID eventId;
    private Attendee viewer;
    private Attendee surgeon;

    @BeforeEach
    void anEventWhoseSuggestionsBHasCached() {
        String organizer = api(0).body(Map.of("email", TwoInstances.ADMIN_EMAIL, "password", TwoInstances.ADMIN_PASSWORD))
                .post("/api/v1/auth/login").then().statusCode(200).extract().path("accessToken");
        String id = api(0).header("Authorization", "Bearer " + organizer).body(Events.body(20, Map.of()))
                .post("/api/v1/events").then().statusCode(201).extract().path("id");
        eventId = UUID.fromString(id);
        api(0).header("Authorization", "Bearer " + organizer).post("/api/v1/events/" + eventId + "/publish")
                .then().statusCode(200);
        viewer = seated(SuggestionResourceTest.familyDoctor("Dr. Viewer", List.of("cataract surgery")));
        surgeon = seated(SuggestionResourceTest.ophthalmologist("Dr. Surgeon", List.of("cataract surgery"), List.of()));

        assertThat(suggestedOnB()).as("B first builds and keeps the snapshot").contains(surgeon.id().toString());
    }

    @Test
    void aSeatGivenUpThroughAIsNoLongerSuggestedOnB() {
        api(0).header("Authorization", "Bearer " + surgeon.token())
                .delete("/api/v1/events/" + eventId + "/registrations/" + surgeon.seat()).then().statusCode(200);
        assertOnBWithin(suggested -> !suggested.contains(surgeon.id().toString()), "the surgeon is no longer suggested");
    }

    @Test
    void aReferralRefusedThroughAIsNoLongerSuggestedOnB() {
        saveProfileThroughA(surgeon, SuggestionResourceTest.ophthalmologist("Dr. Surgeon", List.of("cataract surgery"),
                List.of("cataract surgery")));
        assertOnBWithin(suggested -> !suggested.contains(surgeon.id().toString()),
                "the surgeon, who no longer takes cataract surgery, is no longer suggested");
    }

    private void assertOnBWithin(Predicate<List<String>> changed, String what) {
        Instant deadline = Instant.now().plus(AT_ONCE);
        List<String> suggested = suggestedOnB();
        while (!changed.test(suggested) && Instant.now().isBefore(deadline)) {
            sleep();
            suggested = suggestedOnB();
        }
        assertThat(changed.test(suggested)).as("%s on B within %s; B suggests %s", what, AT_ONCE, suggested).isTrue();
    }

    private List<String> suggestedOnB() {
        JsonPath list = api(1).header("Authorization", "Bearer " + viewer.token())
                .get("/api/v1/events/" + eventId + "/suggestions").then().statusCode(200).extract().jsonPath();
        return list.getList("items.attendee.attendeeId", String.class);
    }

    private Attendee seated(Map<String, Object> profile) {
        String email = "dr." + UUID.randomUUID().toString().substring(0, 8) + "@cluster.rounds.test";
        var signedUp = api(0).body(Map.of("email", email, "password", "correct-horse-battery", "displayName", profile.get("fullName")))
                .post("/api/v1/auth/signup").then().statusCode(201).extract();
        Attendee attendee = new Attendee(UUID.fromString(signedUp.path("account.id")), signedUp.path("accessToken"), null);
        cluster.database().confirmAddress(attendee.id());
        saveProfileThroughA(attendee, profile);
        String seat = api(0).header("Authorization", "Bearer " + attendee.token())
                .post("/api/v1/events/" + eventId + "/registrations").then().statusCode(201).extract().path("id");
        return new Attendee(attendee.id(), attendee.token(), UUID.fromString(seat));
    }

    private static void saveProfileThroughA(Attendee attendee, Map<String, Object> profile) {
        api(0).header("Authorization", "Bearer " + attendee.token()).body(profile).put("/api/v1/me/profile").then().statusCode(200);
    }

    private static RequestSpecification api(int instance) {
        return app.rounds.support.Api.api().baseUri(cluster.instance(instance).baseUri().toString());
    }

    private static void sleep() {
        try {
            Thread.sleep(100);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private record Attendee(UUID id, String token, UUID seat) {
    }
}
