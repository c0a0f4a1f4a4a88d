package app.rounds.registration;

import static app.rounds.support.Api.api;
import static app.rounds.support.Api.raw;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import app.rounds.support.Events;
import app.rounds.support.Photos;
import app.rounds.support.Profiles;
import app.rounds.support.TestData;
import io.quarkus.test.junit.QuarkusTest;

@QuarkusTest
class CheckInResourceTest {

    @Test
    void scanningATicketChecksInAndTwiceIsHarmless() {
        var organizer = TestData.organizer();
        UUID eventId = Events.published(organizer.accessToken(), 5);
        var attendee = TestData.attendee();
        String ticket = api(attendee.accessToken()).post("/api/v1/events/" + eventId + "/registrations")
                .then().statusCode(201).extract().path("ticketToken");

        api(organizer.accessToken()).body(Map.of("ticketToken", ticket)).post("/api/v1/events/" + eventId + "/check-ins")
                .then().statusCode(200).body("alreadyCheckedIn", equalTo(false))
                .body("registration.status", equalTo("CHECKED_IN")).body("registration.checkedInAt", notNullValue());
        api(organizer.accessToken()).body(Map.of("ticketToken", ticket)).post("/api/v1/events/" + eventId + "/check-ins")
                .then().statusCode(200).body("alreadyCheckedIn", equalTo(true));
    }

    @Test
    void theDoorSummaryCountsArrivalsAndShowsTheLatestWithPhotoAndSpecialty() {
        var organizer = TestData.organizer();
        UUID eventId = Events.published(organizer.accessToken(), 5);
        var profiled = TestData.attendee();
        Profiles.save(profiled.accessToken(), Profiles.body());
        String photoUrl = Photos.upload(profiled.accessToken());
        UUID first = Events.register(TestData.attendee().accessToken(), eventId);
        Events.register(TestData.attendee().accessToken(), eventId);
        UUID latest = Events.register(profiled.accessToken(), eventId);
        String summary = "/api/v1/events/" + eventId + "/check-ins/summary";
        api(organizer.accessToken()).get(summary).then().statusCode(200)
                .body("registered", equalTo(3)).body("arrived", equalTo(0)).body("latest.size()", equalTo(0));

        for (UUID registration : List.of(first, latest)) {
            api(organizer.accessToken()).body(Map.of("registrationId", registration.toString()))
                    .post("/api/v1/events/" + eventId + "/check-ins").then().statusCode(200);
        }

        api(organizer.accessToken()).get(summary).then().statusCode(200)
                .body("registered", equalTo(3)).body("arrived", equalTo(2))
                .body("latest.id", contains(latest.toString(), first.toString()))
                .body("latest[0].attendeeProfile.specialty.name", equalTo("Ophthalmology"))
                .body("latest[0].attendeeProfile.photoUrl", equalTo(photoUrl))
                .body("latest[0].attendeeProfile", not(hasKey("cellNumber")))
                .body("latest[0]", not(hasKey("ticketToken")))
                .body("latest[1].attendeeProfile", not(hasKey("photoUrl")));
    }

    @Test
    void onlyOrganizersSeeTheDoorSummaryOfAnEventThatExists() {
        var organizer = TestData.organizer();
        UUID eventId = Events.published(organizer.accessToken(), 5);
        var attendee = TestData.attendee();
        Events.register(attendee.accessToken(), eventId);
        api(attendee.accessToken()).get("/api/v1/events/" + eventId + "/check-ins/summary").then().statusCode(403);
        raw().get("/api/v1/events/" + eventId + "/check-ins/summary").then().statusCode(401);
        api(organizer.accessToken()).get("/api/v1/events/" + UUID.randomUUID() + "/check-ins/summary").then().statusCode(404)
                .contentType("application/problem+json");
    }

    @Test
    void theDoorListAndTheTicketShowTheAttendeesPhotoAndSpecialty() {
        var organizer = TestData.organizer();
        UUID eventId = Events.published(organizer.accessToken(), 5);
        var attendee = TestData.attendee();
        Profiles.save(attendee.accessToken(), Profiles.body());
        String photoUrl = Photos.upload(attendee.accessToken());
        Events.register(attendee.accessToken(), eventId);

        api(organizer.accessToken()).get("/api/v1/events/" + eventId + "/registrations")
                .then().statusCode(200)
                .body("items[0].attendeeProfile.specialty.name", equalTo("Ophthalmology"))
                .body("items[0].attendeeProfile.photoUrl", equalTo(photoUrl));
        api(attendee.accessToken()).get("/api/v1/me/registrations").then().statusCode(200)
                .body("items[0].registration.attendeeProfile.photoUrl", equalTo(photoUrl));
    }

    @Test
    void aTicketOfAnotherEventIsNotFound() {
        var organizer = TestData.organizer();
        UUID eventId = Events.published(organizer.accessToken(), 5);
        UUID otherEvent = Events.published(organizer.accessToken(), 5);
        String ticket = api(TestData.attendee().accessToken()).post("/api/v1/events/" + otherEvent + "/registrations")
                .then().statusCode(201).extract().path("ticketToken");
        api(organizer.accessToken()).body(Map.of("ticketToken", ticket)).post("/api/v1/events/" + eventId + "/check-ins")
                .then().statusCode(404).contentType("application/problem+json");
    }

    @Test
    void waitlistedAttendeesCannotBeCheckedIn() {
        var organizer = TestData.organizer();
        UUID eventId = Events.published(organizer.accessToken(), 1);
        Events.register(TestData.attendee().accessToken(), eventId);
        UUID waitlisted = Events.register(TestData.attendee().accessToken(), eventId);
        api(organizer.accessToken()).body(Map.of("registrationId", waitlisted.toString())).post("/api/v1/events/" + eventId + "/check-ins")
                .then().statusCode(409).body("detail", equalTo("This attendee is on the waitlist, not registered"));
    }

    @Test
    void attendeesCannotCheckAnyoneIn() {
        UUID eventId = Events.published(TestData.organizer().accessToken(), 5);
        var attendee = TestData.attendee();
        UUID own = Events.register(attendee.accessToken(), eventId);
        api(attendee.accessToken()).body(Map.of("registrationId", own.toString())).post("/api/v1/events/" + eventId + "/check-ins")
                .then().statusCode(403);
    }

    @Test
    void exactlyOneWayOfNamingTheTicketIsRequired() {
        var organizer = TestData.organizer();
        UUID eventId = Events.published(organizer.accessToken(), 5);
        api(organizer.accessToken()).body(Map.of()).post("/api/v1/events/" + eventId + "/check-ins")
                .then().statusCode(400).body("errors[0].field", equalTo("ticketToken"));
    }
}
