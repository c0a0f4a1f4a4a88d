package app.rounds.registration;

import static app.rounds.support.Api.api;
import static app.rounds.support.Api.raw;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import app.rounds.support.Events;
import app.rounds.support.TestData;
import io.quarkus.test.junit.QuarkusTest;

@QuarkusTest
class RegistrationResourceTest {

    @Test
    void registeringTwiceReturnsTheSameRegistration() {
        UUID eventId = Events.published(TestData.organizer().accessToken(), 5);
        var attendee = TestData.attendee();
        String first = api(attendee.accessToken()).post("/api/v1/events/" + eventId + "/registrations")
                .then().statusCode(201).body("status", equalTo("REGISTERED")).body("ticketToken", notNullValue())
                .extract().path("id");
        api(attendee.accessToken()).post("/api/v1/events/" + eventId + "/registrations")
                .then().statusCode(200).body("id", equalTo(first));
        api(attendee.accessToken()).get("/api/v1/events/" + eventId).then().body("registeredCount", equalTo(1));
    }

    @Test
    void registrationBeyondCapacityJoinsTheWaitlistInOrder() {
        UUID eventId = Events.published(TestData.organizer().accessToken(), 1);
        Events.register(TestData.attendee().accessToken(), eventId);
        var second = TestData.attendee();
        var third = TestData.attendee();
        api(second.accessToken()).post("/api/v1/events/" + eventId + "/registrations")
                .then().statusCode(201).body("status", equalTo("WAITLISTED")).body("waitlistPosition", equalTo(1));
        api(third.accessToken()).post("/api/v1/events/" + eventId + "/registrations")
                .then().statusCode(201).body("status", equalTo("WAITLISTED")).body("waitlistPosition", equalTo(2));
        api(third.accessToken()).get("/api/v1/events/" + eventId).then().body("seatsLeft", equalTo(0)).body("waitlistCount", equalTo(2));
    }

    @Test
    void cancellingPromotesTheFirstWaitlistedAttendeeAndNotifiesThem() {
        UUID eventId = Events.published(TestData.organizer().accessToken(), 1);
        var seated = TestData.attendee();
        UUID seat = Events.register(seated.accessToken(), eventId);
        var waiting = TestData.attendee();
        UUID waitingRegistration = Events.register(waiting.accessToken(), eventId);
        Events.register(TestData.attendee().accessToken(), eventId);

        api(seated.accessToken()).delete("/api/v1/events/" + eventId + "/registrations/" + seat)
                .then().statusCode(200).body("status", equalTo("CANCELLED")).body("ticketToken", nullValue());
        api(waiting.accessToken()).get("/api/v1/events/" + eventId + "/registrations/" + waitingRegistration)
                .then().statusCode(200).body("status", equalTo("REGISTERED")).body("waitlistPosition", nullValue());
        api(waiting.accessToken()).get("/api/v1/me/notifications").then().body("items.kind", hasItem("PROMOTED_FROM_WAITLIST"));
        api(waiting.accessToken()).get("/api/v1/events/" + eventId).then().body("registeredCount", equalTo(1)).body("waitlistCount", equalTo(1));
    }

    @Test
    void cancellingASeatOfACancelledEventPromotesNoOne() {
        var organizer = TestData.organizer();
        UUID eventId = Events.published(organizer.accessToken(), 1);
        var seated = TestData.attendee();
        UUID seat = Events.register(seated.accessToken(), eventId);
        var waiting = TestData.attendee();
        UUID waitingRegistration = Events.register(waiting.accessToken(), eventId);
        api(organizer.accessToken()).post("/api/v1/events/" + eventId + "/cancel").then().statusCode(200);

        api(seated.accessToken()).delete("/api/v1/events/" + eventId + "/registrations/" + seat).then().statusCode(200);

        api(waiting.accessToken()).get("/api/v1/events/" + eventId + "/registrations/" + waitingRegistration)
                .then().statusCode(200).body("status", equalTo("WAITLISTED"));
        api(waiting.accessToken()).get("/api/v1/me/notifications").then()
                .body("items.kind", org.hamcrest.Matchers.not(hasItem("PROMOTED_FROM_WAITLIST")));
    }

    @Test
    void registrationOutsideTheWindowIsRefused() {
        var organizer = TestData.organizer();
        OffsetDateTime opens = OffsetDateTime.now(ZoneOffset.UTC).plusDays(3);
        UUID eventId = Events.published(organizer.accessToken(), 5, Map.of("registrationOpensAt", Events.iso(opens)));
        api(TestData.attendee().accessToken()).post("/api/v1/events/" + eventId + "/registrations")
                .then().statusCode(409).contentType("application/problem+json").body("detail", equalTo("Registration for this event has not opened yet"));
    }

    @Test
    void registeringForADraftOrUnknownEventIsNotFound() {
        UUID draft = Events.draft(TestData.organizer().accessToken(), 5, Map.of());
        var attendee = TestData.attendee();
        api(attendee.accessToken()).post("/api/v1/events/" + draft + "/registrations").then().statusCode(404);
        api(attendee.accessToken()).post("/api/v1/events/" + UUID.randomUUID() + "/registrations").then().statusCode(404);
    }

    @Test
    void attendeeCannotRegisterSomeoneElse() {
        UUID eventId = Events.published(TestData.organizer().accessToken(), 5);
        var other = TestData.attendee();
        api(TestData.attendee().accessToken()).body(Map.of("attendeeId", other.id().toString()))
                .post("/api/v1/events/" + eventId + "/registrations").then().statusCode(403);
    }

    @Test
    void someoneElsesRegistrationIsNotFound() {
        UUID eventId = Events.published(TestData.organizer().accessToken(), 5);
        UUID theirs = Events.register(TestData.attendee().accessToken(), eventId);
        var intruder = TestData.attendee();
        api(intruder.accessToken()).get("/api/v1/events/" + eventId + "/registrations/" + theirs).then().statusCode(404);
        api(intruder.accessToken()).delete("/api/v1/events/" + eventId + "/registrations/" + theirs).then().statusCode(404);
    }

    @Test
    void attendeeCannotListOrManageRegistrations() {
        UUID eventId = Events.published(TestData.organizer().accessToken(), 5);
        var attendee = TestData.attendee();
        UUID own = Events.register(attendee.accessToken(), eventId);
        api(attendee.accessToken()).get("/api/v1/events/" + eventId + "/registrations").then().statusCode(403);
        api(attendee.accessToken()).body(Map.of("status", "REGISTERED"))
                .patch("/api/v1/events/" + eventId + "/registrations/" + own).then().statusCode(403);
    }

    @Test
    void organizerRegistersMovesAndRemovesAttendees() {
        var organizer = TestData.organizer();
        UUID eventId = Events.published(organizer.accessToken(), 1);
        Events.register(TestData.attendee().accessToken(), eventId);
        var guest = TestData.attendee();
        String registration = api(organizer.accessToken()).body(Map.of("attendeeId", guest.id().toString()))
                .post("/api/v1/events/" + eventId + "/registrations")
                .then().statusCode(201).body("status", equalTo("WAITLISTED")).body("ticketToken", nullValue())
                .extract().path("id");
        api(guest.accessToken()).get("/api/v1/me/notifications").then().body("items.kind", hasItem("REGISTERED_BY_ORGANIZER"));

        api(organizer.accessToken()).body(Map.of("status", "REGISTERED"))
                .patch("/api/v1/events/" + eventId + "/registrations/" + registration)
                .then().statusCode(409).contentType("application/problem+json");
        api(organizer.accessToken()).body(Map.of("capacity", 2)).patch("/api/v1/events/" + eventId)
                .then().statusCode(200).body("registeredCount", equalTo(2)).body("waitlistCount", equalTo(0));
        api(guest.accessToken()).get("/api/v1/events/" + eventId + "/registrations/" + registration)
                .then().body("status", equalTo("REGISTERED"));

        api(organizer.accessToken()).body(Map.of("status", "CANCELLED"))
                .patch("/api/v1/events/" + eventId + "/registrations/" + registration)
                .then().statusCode(200).body("status", equalTo("CANCELLED"));
        api(guest.accessToken()).get("/api/v1/me/notifications").then().body("items.kind", hasItem("REGISTRATION_REMOVED"));
    }

    @Test
    void organizerListsTheWaitlistInLineOrderAndSearchesByName() {
        var organizer = TestData.organizer();
        UUID eventId = Events.published(organizer.accessToken(), 1);
        Events.register(TestData.attendee().accessToken(), eventId);
        var firstInLine = TestData.attendee();
        Events.register(firstInLine.accessToken(), eventId);
        Events.register(TestData.attendee().accessToken(), eventId);
        var page = api(organizer.accessToken()).queryParam("status", "WAITLISTED").queryParam("limit", 1)
                .get("/api/v1/events/" + eventId + "/registrations")
                .then().statusCode(200).body("items[0].attendeeId", equalTo(firstInLine.id().toString()))
                .body("items[0].waitlistPosition", equalTo(1)).body("items[0].ticketToken", nullValue()).extract();
        api(organizer.accessToken()).queryParam("status", "WAITLISTED").queryParam("cursor", page.<String>path("nextCursor"))
                .get("/api/v1/events/" + eventId + "/registrations")
                .then().statusCode(200).body("items[0].waitlistPosition", equalTo(2)).body("nextCursor", nullValue());
    }

    @Test
    void myRegistrationsCarryTicketsForUpcomingEvents() {
        UUID eventId = Events.published(TestData.organizer().accessToken(), 5);
        var attendee = TestData.attendee();
        Events.register(attendee.accessToken(), eventId);
        var tickets = api(attendee.accessToken()).get("/api/v1/me/registrations").then().statusCode(200).extract();
        assertThat(tickets.<String>path("items[0].event.id")).isEqualTo(eventId.toString());
        assertThat(tickets.<String>path("items[0].registration.ticketToken")).hasSizeGreaterThan(20);
        api(attendee.accessToken()).queryParam("past", true).get("/api/v1/me/registrations")
                .then().statusCode(200).body("items.size()", equalTo(0));
    }

    @Test
    void myTicketsFilteredByEventAnswerOnlyThatEventsTicket() {
        UUID eventId = Events.published(TestData.organizer().accessToken(), 5);
        UUID otherEventId = Events.published(TestData.organizer().accessToken(), 5);
        var attendee = TestData.attendee();
        UUID registrationId = Events.register(attendee.accessToken(), eventId);
        Events.register(attendee.accessToken(), otherEventId);
        api(attendee.accessToken()).queryParam("eventId", eventId.toString()).get("/api/v1/me/registrations")
                .then().statusCode(200)
                .body("items.size()", equalTo(1))
                .body("items[0].registration.id", equalTo(registrationId.toString()));
        api(TestData.attendee().accessToken()).queryParam("eventId", eventId.toString()).get("/api/v1/me/registrations")
                .then().statusCode(200).body("items.size()", equalTo(0));
        raw().auth().oauth2(attendee.accessToken()).queryParam("eventId", "not-a-uuid").get("/api/v1/me/registrations")
                .then().statusCode(400).body("errors[0].field", equalTo("eventId"));
    }

    @Test
    void completingMarksThoseNeverCheckedInAsNoShows() {
        var organizer = TestData.organizer();
        UUID eventId = Events.published(organizer.accessToken(), 5);
        var present = TestData.attendee();
        UUID presentRegistration = Events.register(present.accessToken(), eventId);
        var absent = TestData.attendee();
        UUID absentRegistration = Events.register(absent.accessToken(), eventId);
        api(organizer.accessToken()).body(Map.of("registrationId", presentRegistration.toString()))
                .post("/api/v1/events/" + eventId + "/check-ins").then().statusCode(200);
        api(organizer.accessToken()).post("/api/v1/events/" + eventId + "/complete").then().statusCode(200);
        api(organizer.accessToken()).get("/api/v1/events/" + eventId + "/registrations/" + absentRegistration)
                .then().body("status", equalTo("NO_SHOW"));
        api(organizer.accessToken()).get("/api/v1/events/" + eventId + "/registrations/" + presentRegistration)
                .then().body("status", equalTo("CHECKED_IN"));
    }
}
