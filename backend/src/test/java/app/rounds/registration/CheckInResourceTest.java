package app.rounds.registration;

import static app.rounds.support.Api.api;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;

import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import app.rounds.support.Events;
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
