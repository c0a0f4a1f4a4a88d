package app.rounds.common.security;

import static app.rounds.support.Api.api;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.notNullValue;

import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import app.rounds.support.Events;
import app.rounds.support.TestData;
import io.quarkus.test.junit.QuarkusTest;

/** The short codes typed when a QR code cannot be scanned: at the door and between attendees. */
@QuarkusTest
class TypedCodesTest {

    private static final String CROCKFORD_GROUPED = "[0-9A-HJKMNP-TV-Z]{5}-[0-9A-HJKMNP-TV-Z]{5}";

    @Test
    void aTicketCodeTypedAnyWayChecksIn() {
        var organizer = TestData.organizer();
        UUID eventId = Events.published(organizer.accessToken(), 5);
        var attendee = TestData.attendee();
        String code = api(attendee.accessToken()).post("/api/v1/events/" + eventId + "/registrations")
                .then().statusCode(201).body("ticketCode", matchesPattern(CROCKFORD_GROUPED)).extract().path("ticketCode");
        String typed = " " + code.toLowerCase().replace("-", " ").replace('1', 'l').replace('0', 'o') + " ";

        api(organizer.accessToken()).body(Map.of("ticketCode", typed)).post("/api/v1/events/" + eventId + "/check-ins")
                .then().statusCode(200).body("alreadyCheckedIn", equalTo(false))
                .body("registration.attendeeId", equalTo(attendee.id().toString()));
    }

    @Test
    void aTicketCodeOfAnotherEventIsNotFoundAndAMalformedOneNamesTheField() {
        var organizer = TestData.organizer();
        UUID eventId = Events.published(organizer.accessToken(), 5);
        UUID otherEvent = Events.published(organizer.accessToken(), 5);
        String code = api(TestData.attendee().accessToken()).post("/api/v1/events/" + otherEvent + "/registrations")
                .then().statusCode(201).extract().path("ticketCode");

        api(organizer.accessToken()).body(Map.of("ticketCode", code)).post("/api/v1/events/" + eventId + "/check-ins")
                .then().statusCode(404);
        api(organizer.accessToken()).body(Map.of("ticketCode", "UUUUU-UUUUU")).post("/api/v1/events/" + eventId + "/check-ins")
                .then().statusCode(400).contentType("application/problem+json").body("errors[0].field", equalTo("ticketCode"));
        api(organizer.accessToken()).body(Map.of("ticketCode", code, "ticketToken", "abcdefghijkl"))
                .post("/api/v1/events/" + eventId + "/check-ins").then().statusCode(400);
    }

    @Test
    void aConnectCodeTypedInShortFormConnects() {
        var organizer = TestData.organizer();
        UUID eventId = Events.published(organizer.accessToken(), 5);
        var owner = TestData.attendee();
        var scanner = TestData.attendee();
        Events.register(owner.accessToken(), eventId);
        Events.register(scanner.accessToken(), eventId);
        String shortCode = api(owner.accessToken()).post("/api/v1/events/" + eventId + "/connect-code")
                .then().statusCode(200).body("shortCode", matchesPattern(CROCKFORD_GROUPED)).extract().path("shortCode");

        api(scanner.accessToken()).body(Map.of("code", shortCode.toLowerCase())).post("/api/v1/connections/scan")
                .then().statusCode(201).body("person.attendeeId", equalTo(owner.id().toString()));
    }

    @Test
    void guessingTypedCodesIsSlowedDownWithA429Problem() {
        var organizer = TestData.organizer();
        UUID eventId = Events.published(organizer.accessToken(), 5);
        var guesser = TestData.attendee();
        Events.register(guesser.accessToken(), eventId);
        for (int attempt = 0; attempt < 10; attempt++) {
            api(guesser.accessToken()).body(Map.of("code", ShortCodes.grouped(ShortCodes.newCode())))
                    .post("/api/v1/connections/scan").then().statusCode(400);
        }

        api(guesser.accessToken()).body(Map.of("code", ShortCodes.grouped(ShortCodes.newCode())))
                .post("/api/v1/connections/scan")
                .then().statusCode(429).contentType("application/problem+json").header("Retry-After", notNullValue());
    }
}
