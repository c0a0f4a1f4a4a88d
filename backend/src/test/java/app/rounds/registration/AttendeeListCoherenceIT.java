package app.rounds.registration;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Predicate;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import app.rounds.support.Events;
import app.rounds.support.Profiles;
import app.rounds.support.cluster.TwoInstances;
import io.restassured.path.json.JsonPath;
import io.restassured.specification.RequestSpecification;

/**
 * Instance B holds an event's attendee list in its cache; changes made through instance A show on B at once (B hears
 * of them through PostgreSQL LISTEN/NOTIFY), not after the cache's age limit of a minute.
 */
class AttendeeListCoherenceIT {

    /** Far below the one-minute age limit that would otherwise hide the change. */
    private static final Duration AT_ONCE = Duration.ofSeconds(3);

    @RegisterExtension
    static final TwoInstances cluster = TwoInstances.direct();

    private String organizer;
    private UUID eventId;
    private Attendee owner;
    private Attendee viewer;

    @BeforeEach
    void anEventWithTwoAttendeesWhoseListBHasCached() {
        organizer = api(0).body(Map.of("email", TwoInstances.ADMIN_EMAIL, "password", TwoInstances.ADMIN_PASSWORD))
                .post("/api/v1/auth/login").then().statusCode(200).extract().path("accessToken");
        String id = api(0).header("Authorization", "Bearer " + organizer).body(Events.body(20, Map.of()))
                .post("/api/v1/events").then().statusCode(201).extract().path("id");
        eventId = UUID.fromString(id);
        api(0).header("Authorization", "Bearer " + organizer).post("/api/v1/events/" + eventId + "/publish")
                .then().statusCode(200);
        owner = attendee("Dr. Owner");
        viewer = attendee("Dr. Viewer");
        Map<String, Object> profile = new HashMap<>(Profiles.body(Map.of("fullName", "Dr. Owner",
                "visibility", Profiles.allContacts("EVENT_ATTENDEES"))));
        api(0).header("Authorization", "Bearer " + owner.token()).body(profile).put("/api/v1/me/profile").then().statusCode(200);
        api(0).header("Authorization", "Bearer " + viewer.token()).body(Profiles.body(Map.of("fullName", "Dr. Viewer")))
                .put("/api/v1/me/profile").then().statusCode(200);
        owner = owner.withSeat(register(owner));
        register(viewer);

        JsonPath cached = listOnB();
        assertThat(ownerIn(cached)).as("the owner as B first reads and caches the list").isNotNull();
        assertThat(ownerIn(cached).get("email")).isEqualTo("dana.reyes@example.org");
        assertThat(ownerIn(cached).get("cellNumber")).isEqualTo("+14105550123");
    }

    @Test
    void aContactFieldNarrowedThroughAIsHiddenOnBAtOnce() {
        saveOwnerProfileThroughA(Map.of("visibility", Map.of("email", "ONLY_ME", "cellNumber", "EVENT_ATTENDEES",
                "linkedinUrl", "EVENT_ATTENDEES", "websiteUrl", "EVENT_ATTENDEES")));
        assertOnBWithin(list -> ownerIn(list) != null && !ownerIn(list).containsKey("email"), "the email is hidden");
    }

    @Test
    void aCellNumberDeletedThroughAIsGoneOnBAtOnce() {
        Map<String, Object> withoutCell = new HashMap<>();
        withoutCell.put("cellNumber", null);
        saveOwnerProfileThroughA(withoutCell);
        assertOnBWithin(list -> ownerIn(list) != null && !ownerIn(list).containsKey("cellNumber"), "the cell number is gone");
    }

    @Test
    void aSeatGivenUpThroughAIsOffTheListOnBAtOnce() {
        api(0).header("Authorization", "Bearer " + owner.token())
                .delete("/api/v1/events/" + eventId + "/registrations/" + owner.seat()).then().statusCode(200);
        assertOnBWithin(list -> ownerIn(list) == null, "the owner is off the list");
    }

    /** Saves the owner's profile with {@code overrides}; a null one leaves the field out, which deletes it. */
    private void saveOwnerProfileThroughA(Map<String, Object> overrides) {
        Map<String, Object> changes = new HashMap<>(Map.of("fullName", "Dr. Owner", "visibility", Profiles.allContacts("EVENT_ATTENDEES")));
        changes.putAll(overrides);
        Map<String, Object> profile = Profiles.body(changes);
        api(0).header("Authorization", "Bearer " + owner.token()).body(profile).put("/api/v1/me/profile").then().statusCode(200);
    }

    private void assertOnBWithin(Predicate<JsonPath> changed, String what) {
        Instant deadline = Instant.now().plus(AT_ONCE);
        JsonPath list = listOnB();
        while (!changed.test(list) && Instant.now().isBefore(deadline)) {
            sleep();
            list = listOnB();
        }
        assertThat(changed.test(list)).as("%s on B within %s; B lists %s", what, AT_ONCE, list.prettify()).isTrue();
    }

    private JsonPath listOnB() {
        return api(1).header("Authorization", "Bearer " + viewer.token())
                .get("/api/v1/events/" + eventId + "/attendees?limit=50").then().statusCode(200).extract().jsonPath();
    }

    private Map<String, Object> ownerIn(JsonPath list) {
        List<Map<String, Object>> matching = list.getList("items.findAll { it.profile.attendeeId == '" + owner.id() + "' }.profile");
        return matching.isEmpty() ? null : matching.get(0);
    }

    private Attendee attendee(String name) {
        String email = "dr." + UUID.randomUUID().toString().substring(0, 8) + "@cluster.rounds.test";
        var response = api(0).body(Map.of("email", email, "password", "correct-horse-battery", "displayName", name))
                .post("/api/v1/auth/signup").then().statusCode(201).extract();
        UUID id = UUID.fromString(response.path("account.id"));
        cluster.database().confirmAddress(id);
        return new Attendee(id, response.path("accessToken"), null);
    }

    private UUID register(Attendee attendee) {
        String id = api(0).header("Authorization", "Bearer " + attendee.token())
                .post("/api/v1/events/" + eventId + "/registrations").then().statusCode(201).extract().path("id");
        return UUID.fromString(id);
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
        Attendee withSeat(UUID seat) {
            return new Attendee(id, token, seat);
        }
    }
}
