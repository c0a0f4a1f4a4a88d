package app.rounds.registration;

import static app.rounds.support.Api.api;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;

import java.util.Map;
import java.util.UUID;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import app.rounds.support.Events;
import app.rounds.support.Profiles;
import app.rounds.support.StatementCounter;
import app.rounds.support.TestData;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;

@QuarkusTest
class AttendeeListResourceTest {

    @Inject
    StatementCounter statements;

    @Test
    void registeredAttendeeSeesCoAttendeesWithTheirVisibilityApplied() {
        UUID eventId = Events.published(TestData.organizer().accessToken(), 10);
        var sharer = TestData.attendee();
        api(sharer.accessToken()).body(Profiles.body(Map.of("visibility", Profiles.allContacts("EVENT_ATTENDEES"))))
                .put("/api/v1/me/profile").then().statusCode(200);
        var privatePerson = TestData.attendee();
        api(privatePerson.accessToken()).body(Profiles.body(Map.of("fullName", "Dr. Private", "visibility", Profiles.allContacts("CONNECTIONS"))))
                .put("/api/v1/me/profile").then().statusCode(200);
        var viewer = TestData.attendee();
        for (var attendee : new TestData.SignedIn[] {sharer, privatePerson, viewer}) {
            Events.register(attendee.accessToken(), eventId);
        }

        JsonPath list = api(viewer.accessToken()).get("/api/v1/events/" + eventId + "/attendees")
                .then().statusCode(200).body("items.size()", equalTo(3)).extract().jsonPath();
        Map<String, Object> shared = list.getMap("items.find { it.profile.attendeeId == '" + sharer.id() + "' }.profile");
        Map<String, Object> hidden = list.getMap("items.find { it.profile.attendeeId == '" + privatePerson.id() + "' }.profile");
        assertThat(shared).containsEntry("cellNumber", "+14105550123").containsKey("email");
        assertThat(hidden).containsEntry("fullName", "Dr. Private").doesNotContainKeys("cellNumber", "email", "linkedinUrl");
    }

    @Test
    void organizersSeeAttendeesButNotConnectionOnlyContacts() {
        var organizer = TestData.organizer();
        UUID eventId = Events.published(organizer.accessToken(), 10);
        var attendee = TestData.attendee();
        api(attendee.accessToken()).body(Profiles.body()).put("/api/v1/me/profile").then().statusCode(200);
        Events.register(attendee.accessToken(), eventId);
        api(organizer.accessToken()).get("/api/v1/events/" + eventId + "/attendees")
                .then().statusCode(200).body("items.profile.attendeeId", hasItem(attendee.id().toString()))
                .body("items[0].profile", not(org.hamcrest.Matchers.hasKey("cellNumber")));
    }

    @Test
    void theListShowsEachChangeAtOnceThoughPagesAreReadOnceForManyViewers() {
        var organizer = TestData.organizer();
        UUID eventId = Events.published(organizer.accessToken(), 10);
        var owner = TestData.attendee();
        api(owner.accessToken()).body(Profiles.body(Map.of("fullName", "Dr. Before", "visibility", Profiles.allContacts("EVENT_ATTENDEES"))))
                .put("/api/v1/me/profile").then().statusCode(200);
        var viewer = TestData.attendee();
        UUID ownerSeat = Events.register(owner.accessToken(), eventId);
        Events.register(viewer.accessToken(), eventId);
        String list = "/api/v1/events/" + eventId + "/attendees";
        String ownerProfile = "items.find { it.profile.attendeeId == '" + owner.id() + "' }";

        api(viewer.accessToken()).get(list).then().statusCode(200)
                .body(ownerProfile + ".profile.fullName", equalTo("Dr. Before"))
                .body(ownerProfile + ".profile.cellNumber", equalTo("+14105550123"));
        api(organizer.accessToken()).get(list).then().statusCode(200)
                .body(ownerProfile + ".profile.cellNumber", equalTo("+14105550123"));

        api(owner.accessToken()).body(Profiles.body(Map.of("fullName", "Dr. After", "visibility", Profiles.allContacts("CONNECTIONS"))))
                .put("/api/v1/me/profile").then().statusCode(200);
        api(viewer.accessToken()).get(list).then()
                .body(ownerProfile + ".profile.fullName", equalTo("Dr. After"))
                .body(ownerProfile + ".profile", not(org.hamcrest.Matchers.hasKey("cellNumber")));

        String ticket = api(owner.accessToken()).get("/api/v1/events/" + eventId + "/registrations/" + ownerSeat)
                .then().statusCode(200).extract().path("ticketToken");
        api(organizer.accessToken()).body(Map.of("ticketToken", ticket)).post("/api/v1/events/" + eventId + "/check-ins")
                .then().statusCode(200);
        api(viewer.accessToken()).get(list).then().body(ownerProfile + ".checkedIn", equalTo(true));

        var latecomer = TestData.attendee();
        UUID latecomerSeat = Events.register(latecomer.accessToken(), eventId);
        api(viewer.accessToken()).get(list).then().body("items.profile.attendeeId", hasItem(latecomer.id().toString()));

        api(latecomer.accessToken()).delete("/api/v1/events/" + eventId + "/registrations/" + latecomerSeat).then().statusCode(200);
        api(viewer.accessToken()).get(list).then().body("items.profile.attendeeId", not(hasItem(latecomer.id().toString())));
    }

    @Test
    void attendeesOfOtherEventsAreRefused() {
        UUID eventId = Events.published(TestData.organizer().accessToken(), 10);
        Events.register(TestData.attendee().accessToken(), eventId);
        api(TestData.attendee().accessToken()).get("/api/v1/events/" + eventId + "/attendees")
                .then().statusCode(403).contentType("application/problem+json");
    }

    @Test
    void waitlistedAttendeesDoNotSeeTheList() {
        UUID eventId = Events.published(TestData.organizer().accessToken(), 1);
        Events.register(TestData.attendee().accessToken(), eventId);
        var waitlisted = TestData.attendee();
        Events.register(waitlisted.accessToken(), eventId);
        api(waitlisted.accessToken()).get("/api/v1/events/" + eventId + "/attendees").then().statusCode(403);
    }

    @Test
    void aCursorTheServiceDidNotIssueIsRefused() {
        UUID eventId = Events.published(TestData.organizer().accessToken(), 10);
        var first = TestData.attendee();
        var second = TestData.attendee();
        Events.register(first.accessToken(), eventId);
        Events.register(second.accessToken(), eventId);
        String issued = api(second.accessToken()).queryParam("limit", 1).get("/api/v1/events/" + eventId + "/attendees")
                .then().statusCode(200).extract().path("nextCursor");
        String position = issued.substring(0, issued.lastIndexOf('.'));
        String forged = java.util.Base64.getUrlEncoder().withoutPadding()
                .encodeToString(("1767225600:0:" + UUID.randomUUID()).getBytes(java.nio.charset.StandardCharsets.UTF_8))
                + issued.substring(issued.lastIndexOf('.'));

        for (String refused : new String[] {position, forged, position + ".AAAAAAAAAAAAAAAAAAAAAA"}) {
            api(second.accessToken()).queryParam("cursor", refused).get("/api/v1/events/" + eventId + "/attendees")
                    .then().statusCode(400).contentType("application/problem+json")
                    .body("errors.field", hasItem("cursor"));
        }
        api(second.accessToken()).queryParam("limit", 1).queryParam("cursor", issued).get("/api/v1/events/" + eventId + "/attendees")
                .then().statusCode(200);
    }

    @Test
    void unknownEventIsNotFound() {
        api(TestData.attendee().accessToken()).get("/api/v1/events/" + UUID.randomUUID() + "/attendees").then().statusCode(404);
    }

    @Test
    void pagesCoverEveryAttendeeOnceInArrivalOrder() {
        UUID eventId = Events.published(TestData.organizer().accessToken(), 10);
        java.util.List<String> arrived = new java.util.ArrayList<>();
        TestData.SignedIn last = null;
        for (int i = 0; i < 5; i++) {
            last = TestData.attendee();
            arrived.add(Events.register(last.accessToken(), eventId).toString());
        }
        java.util.List<String> seen = new java.util.ArrayList<>();
        String cursor = null;
        do {
            var request = api(last.accessToken()).queryParam("limit", 2);
            if (cursor != null) {
                request.queryParam("cursor", cursor);
            }
            var page = request.get("/api/v1/events/" + eventId + "/attendees").then().statusCode(200).extract();
            seen.addAll(page.path("items.registrationId"));
            cursor = page.path("nextCursor");
        } while (cursor != null);
        assertThat(seen).containsExactlyElementsOf(arrived);
    }

    @ParameterizedTest
    @ValueSource(ints = {2, 50})
    void aPageCostsAtMostThreeStatementsWhateverItsSize(int limit) {
        UUID eventId = Events.published(TestData.organizer().accessToken(), 20);
        TestData.SignedIn viewer = null;
        for (int i = 0; i < 8; i++) {
            viewer = TestData.attendee();
            api(viewer.accessToken()).body(Profiles.body()).put("/api/v1/me/profile").then().statusCode(200);
            Events.register(viewer.accessToken(), eventId);
        }
        String token = viewer.accessToken();
        long used = statements.count(() -> api(token).queryParam("limit", limit).get("/api/v1/events/" + eventId + "/attendees")
                .then().statusCode(200));
        assertThat(used).isLessThanOrEqualTo(3);
    }
}
