package app.rounds.event;

import static app.rounds.support.Api.api;
import static app.rounds.support.Api.raw;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import app.rounds.support.Events;
import app.rounds.support.TestData;
import io.quarkus.test.junit.QuarkusTest;

@QuarkusTest
class EventResourceTest {

    @Test
    void organizerCreatesADraftAndPublishesIt() {
        var organizer = TestData.organizer();
        String id = api(organizer.accessToken()).body(Events.body(40, Map.of())).post("/api/v1/events")
                .then().statusCode(201)
                .header("Location", containsString("/api/v1/events/"))
                .body("status", equalTo("DRAFT"))
                .body("seatsLeft", equalTo(40))
                .body("openRequestLimit", equalTo(5))
                .body("timeZone", equalTo("America/New_York"))
                .extract().path("id");
        api(organizer.accessToken()).post("/api/v1/events/" + id + "/publish")
                .then().statusCode(200).body("status", equalTo("PUBLISHED")).body("registrationOpen", equalTo(true));
    }

    @Test
    void attendeeCannotCreateOrChangeEvents() {
        var attendee = TestData.attendee();
        UUID eventId = Events.published(TestData.organizer().accessToken(), 10);
        api(attendee.accessToken()).body(Events.body(10, Map.of())).post("/api/v1/events")
                .then().statusCode(403).contentType("application/problem+json");
        api(attendee.accessToken()).body(Map.of("title", "Mine now")).patch("/api/v1/events/" + eventId)
                .then().statusCode(403);
        for (String action : List.of("publish", "cancel", "complete")) {
            api(attendee.accessToken()).post("/api/v1/events/" + eventId + "/" + action).then().statusCode(403);
        }
    }

    @Test
    void attendeesNeverSeeDrafts() {
        var organizer = TestData.organizer();
        UUID draft = Events.draft(organizer.accessToken(), 10, Map.of("title", "Secret draft " + UUID.randomUUID()));
        var attendee = TestData.attendee();
        api(attendee.accessToken()).get("/api/v1/events/" + draft).then().statusCode(404);
        api(organizer.accessToken()).get("/api/v1/events/" + draft).then().statusCode(200);
    }

    @Test
    void endBeforeStartIsRefusedNamingTheField() {
        var organizer = TestData.organizer();
        OffsetDateTime start = OffsetDateTime.now(ZoneOffset.UTC).plusDays(5);
        api(organizer.accessToken()).body(Events.body(10, Map.of("startsAt", Events.iso(start), "endsAt", Events.iso(start.minusHours(1)))))
                .post("/api/v1/events")
                .then().statusCode(400).contentType("application/problem+json").body("errors[0].field", equalTo("endsAt"));
    }

    @Test
    void zeroCapacityIsRefused() {
        raw().contentType("application/json").header("Authorization", "Bearer " + TestData.organizer().accessToken())
                .body(Events.body(0, Map.of())).post("/api/v1/events")
                .then().statusCode(400).body("errors.field", hasItem("capacity"));
    }

    @Test
    void unknownTimeZoneIsRefused() {
        api(TestData.organizer().accessToken()).body(Events.body(10, Map.of("timeZone", "Mars/Olympus_Mons"))).post("/api/v1/events")
                .then().statusCode(400).body("errors[0].field", equalTo("timeZone"));
    }

    @Test
    void unknownEventIsNotFound() {
        api(TestData.attendee().accessToken()).get("/api/v1/events/" + UUID.randomUUID())
                .then().statusCode(404).contentType("application/problem+json");
    }

    @Test
    void capacityCannotDropBelowTheRegisteredCount() {
        var organizer = TestData.organizer();
        UUID eventId = Events.published(organizer.accessToken(), 3);
        for (int i = 0; i < 3; i++) {
            Events.register(TestData.attendee().accessToken(), eventId);
        }
        api(organizer.accessToken()).body(Map.of("capacity", 2)).patch("/api/v1/events/" + eventId)
                .then().statusCode(400).body("errors[0].field", equalTo("capacity"))
                .body("detail", containsString("3 attendees"));
        api(organizer.accessToken()).get("/api/v1/events/" + eventId).then().body("capacity", equalTo(3));
    }

    @Test
    void listingFiltersByCityAndTextAndPagesWithACursor() {
        var organizer = TestData.organizer();
        String city = "Montreal-" + UUID.randomUUID().toString().substring(0, 6);
        List<String> created = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            OffsetDateTime start = OffsetDateTime.now(ZoneOffset.UTC).plusDays(10 + i).withNano(0);
            created.add(Events.published(organizer.accessToken(), 10, Map.of("city", city, "title", "Cardiology night " + i,
                    "startsAt", Events.iso(start), "endsAt", Events.iso(start.plusHours(2)))).toString());
        }
        var attendee = TestData.attendee();
        var first = api(attendee.accessToken()).queryParam("city", city.toUpperCase()).queryParam("limit", 2)
                .get("/api/v1/events").then().statusCode(200)
                .header("Link", containsString("rel=\"next\""))
                .body("nextCursor", notNullValue()).extract();
        List<String> seen = new ArrayList<>(first.path("items.id"));
        String cursor = first.path("nextCursor");
        while (cursor != null) {
            var page = api(attendee.accessToken()).queryParam("city", city).queryParam("limit", 2).queryParam("cursor", cursor)
                    .get("/api/v1/events").then().statusCode(200).extract();
            seen.addAll(page.path("items.id"));
            cursor = page.path("nextCursor");
        }
        assertThat(seen).containsExactlyElementsOf(created);

        api(attendee.accessToken()).queryParam("city", city).queryParam("q", "night 3").get("/api/v1/events")
                .then().statusCode(200).body("items.id", equalTo(List.of(created.get(3))));
    }

    @Test
    void badFilterValuesAreNamed() {
        var attendee = TestData.attendee();
        raw().header("Authorization", "Bearer " + attendee.accessToken()).queryParam("from", "yesterday").get("/api/v1/events")
                .then().statusCode(400).body("errors[0].field", equalTo("from"));
        api(attendee.accessToken()).queryParam("cursor", "bogus!").get("/api/v1/events")
                .then().statusCode(400).body("errors[0].field", equalTo("cursor"));
    }

    @Test
    void attendeeListingShowsOnlyPublishedEvents() {
        var organizer = TestData.organizer();
        String city = "Boston-" + UUID.randomUUID().toString().substring(0, 6);
        Events.draft(organizer.accessToken(), 10, Map.of("city", city));
        UUID published = Events.published(organizer.accessToken(), 10, Map.of("city", city));
        api(TestData.attendee().accessToken()).queryParam("city", city).get("/api/v1/events")
                .then().statusCode(200).body("items.id", equalTo(List.of(published.toString())))
                .body("nextCursor", nullValue());
        api(organizer.accessToken()).queryParam("city", city).get("/api/v1/events")
                .then().statusCode(200).body("items.size()", equalTo(2));
    }

    @Test
    void cancellingNotifiesRegistrantsAndClosesRegistration() {
        var organizer = TestData.organizer();
        UUID eventId = Events.published(organizer.accessToken(), 5);
        var attendee = TestData.attendee();
        Events.register(attendee.accessToken(), eventId);
        api(organizer.accessToken()).post("/api/v1/events/" + eventId + "/cancel").then().statusCode(200).body("status", equalTo("CANCELLED"));
        api(attendee.accessToken()).get("/api/v1/me/notifications")
                .then().statusCode(200).body("items.kind", hasItem("EVENT_CANCELLED"));
        api(TestData.attendee().accessToken()).post("/api/v1/events/" + eventId + "/registrations")
                .then().statusCode(409).contentType("application/problem+json");
        api(organizer.accessToken()).body(Map.of("title", "Revived")).patch("/api/v1/events/" + eventId)
                .then().statusCode(409);
    }

    @Test
    void draftCannotBeCompleted() {
        var organizer = TestData.organizer();
        UUID draft = Events.draft(organizer.accessToken(), 10, Map.of());
        api(organizer.accessToken()).post("/api/v1/events/" + draft + "/complete")
                .then().statusCode(409).body("detail", not(containsString("Exception")));
    }

    @Test
    void specialtyFocusMustComeFromTheVocabulary() {
        var organizer = TestData.organizer();
        api(organizer.accessToken()).body(Events.body(10, Map.of("specialtyFocus", "NOPE000000"))).post("/api/v1/events")
                .then().statusCode(400).body("errors[0].field", equalTo("specialtyFocus"));
        String city = "Washington-" + UUID.randomUUID().toString().substring(0, 6);
        UUID eyes = Events.published(organizer.accessToken(), 10, Map.of("city", city, "specialtyFocus", "207W00000X"));
        Events.published(organizer.accessToken(), 10, Map.of("city", city));
        api(TestData.attendee().accessToken()).queryParam("city", city).queryParam("specialty", "207W00000X").get("/api/v1/events")
                .then().statusCode(200).body("items.id", equalTo(List.of(eyes.toString())));
    }
}
