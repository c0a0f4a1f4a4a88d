package app.rounds.registration;

import static app.rounds.support.Api.api;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.empty;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import app.rounds.support.Events;
import app.rounds.support.Profiles;
import app.rounds.support.TestData;
import app.rounds.support.TestData.SignedIn;
import io.quarkus.test.junit.QuarkusTest;

@QuarkusTest
class AttendeeDirectoryTest {

    private static final String RETINA = "207W00000X";
    private static final String CARDIOLOGY = "207RC0000X";

    @Test
    void directorySearchesByNameSpecialtyCityAndReferralTags() {
        SignedIn organizer = TestData.organizer();
        UUID eventId = Events.published(organizer.accessToken(), 10);
        SignedIn reyes = seated(eventId, Map.of("fullName", "Dr. Dana Reyes"));
        SignedIn okafor = seated(eventId, Map.of("fullName", "Dr. Amara Okafor", "specialtyCode", "207R00000X",
                "subspecialtyCode", CARDIOLOGY, "city", "Boston", "wantsReferred", List.of("chest pain"),
                "refersOut", List.of("Retinal Detachment")));
        SignedIn viewer = seated(eventId, Map.of("fullName", "Dr. Viewer Person", "city", "Montreal"));

        assertFound(viewer, eventId, "q=reye", reyes);
        assertFound(viewer, eventId, "q=DR. A", okafor);
        assertFound(viewer, eventId, "specialty=" + RETINA, reyes, viewer);
        assertFound(viewer, eventId, "city=bost", okafor);
        assertFound(viewer, eventId, "wantsReferred=Chest Pain", okafor);
        assertFound(viewer, eventId, "refersOut=retinal detachment", okafor);
        assertFound(viewer, eventId, "specialty=" + RETINA + "&city=montreal", viewer);
        assertFound(organizer, eventId, "q=okafor", okafor);
        api(viewer.accessToken()).get("/api/v1/events/" + eventId + "/attendees?q=nobody-like-this")
                .then().statusCode(200).body("items", empty());
    }

    @Test
    void directoryPagesKeepTheSearch() {
        UUID eventId = Events.published(TestData.organizer().accessToken(), 10);
        SignedIn first = seated(eventId, Map.of("fullName", "Dr. Page One"));
        seated(eventId, Map.of("fullName", "Dr. Someone Else"));
        SignedIn second = seated(eventId, Map.of("fullName", "Dr. Page Two"));
        var page = api(first.accessToken()).get("/api/v1/events/" + eventId + "/attendees?q=page&limit=1")
                .then().statusCode(200).body("items.profile.attendeeId", contains(first.id().toString())).extract();
        String next = page.header("Link").replaceAll("^<([^>]+)>.*$", "$1");
        api(first.accessToken()).get(next).then().statusCode(200)
                .body("items.profile.attendeeId", contains(second.id().toString()));
    }

    @Test
    void someoneWithoutASeatCannotSearchTheDirectory() {
        UUID eventId = Events.published(TestData.organizer().accessToken(), 10);
        seated(eventId, Map.of("fullName", "Dr. Dana Reyes"));
        SignedIn outsider = TestData.attendee();
        api(outsider.accessToken()).get("/api/v1/events/" + eventId + "/attendees?q=reyes")
                .then().statusCode(403).contentType("application/problem+json");
    }

    private static SignedIn seated(UUID eventId, Map<String, Object> profile) {
        SignedIn attendee = TestData.attendee();
        Profiles.save(attendee.accessToken(), Profiles.body(profile));
        Events.register(attendee.accessToken(), eventId);
        return attendee;
    }

    private static void assertFound(SignedIn viewer, UUID eventId, String query, SignedIn... expected) {
        api(viewer.accessToken()).get("/api/v1/events/" + eventId + "/attendees?" + query).then().statusCode(200)
                .body("items.profile.attendeeId", containsInAnyOrder(
                        java.util.Arrays.stream(expected).map(signedIn -> signedIn.id().toString()).toArray()));
    }
}
