package app.rounds.dashboard;

import static app.rounds.support.Api.api;
import static app.rounds.support.Api.raw;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.Random;
import java.util.UUID;

import jakarta.inject.Inject;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import app.rounds.support.OutcomeFixtures;
import app.rounds.support.TestData;
import app.rounds.support.TestData.SignedIn;
import io.quarkus.test.junit.QuarkusTest;

/**
 * Two ended evenings in a city of the test's own: A and B come to both, C only to the second, D holds a seat at both
 * and comes to neither.
 */
@QuarkusTest
class TrendsTest {

    private static final String REASON = "SECRET-TREND-REASON golf again";

    @Inject
    OutcomeFixtures fixtures;

    private SignedIn organizer;
    private String city;
    private UUID first;
    private UUID second;
    private SignedIn d;

    @BeforeEach
    void twoEveningsInOneCity() {
        organizer = TestData.organizer();
        city = "Trendville " + letters(8);
        Instant start = Instant.now().minus(40, ChronoUnit.DAYS).truncatedTo(ChronoUnit.HOURS);
        first = fixtures.endedEvent(organizer.id(), start, 10);
        second = fixtures.endedEvent(organizer.id(), start.plus(20, ChronoUnit.DAYS), 10);
        fixtures.moveTo(first, city);
        fixtures.moveTo(second, city);
        UUID a = TestData.attendee().id(), b = TestData.attendee().id(), c = TestData.attendee().id();
        d = TestData.attendee();
        for (UUID event : new UUID[] {first, second}) {
            fixtures.register(event, a, "CHECKED_IN", start);
            fixtures.register(event, b, "CHECKED_IN", start);
            fixtures.register(event, d.id(), "REGISTERED", null);
        }
        fixtures.register(second, c, "CHECKED_IN", start);
        UUID introduction = fixtures.introduction(second, "REQUEST", a, a, c, REASON, "ACCEPTED", start,
                start.plus(30, ChronoUnit.DAYS), 60L, false);
        UUID connection = fixtures.connection(second, a, c, introduction);
        fixtures.task(second, connection, a, c, "SEND_CARD", null, start.plus(30, ChronoUnit.DAYS), "DONE", start, false);
        fixtures.task(second, connection, c, a, "EMAIL", null, start.plus(30, ChronoUnit.DAYS), "OPEN", null, false);
        fixtures.referralReport(connection, a, LocalDate.now(ZoneOffset.UTC).withDayOfMonth(1), 4, "SENT", "secret-trend-tag");
    }

    private static String letters(int count) {
        Random random = new Random();
        StringBuilder letters = new StringBuilder();
        for (int i = 0; i < count; i++) {
            letters.append((char) ('a' + random.nextInt(26)));
        }
        return letters.toString();
    }

    @Test
    void eachEventShowsAttendanceFirstTimersConnectionsFollowUpAndReferrals() {
        String body = api(organizer.accessToken()).queryParam("city", city.toUpperCase()).get("/api/v1/dashboard/trends")
                .then().statusCode(200)
                .body("events", hasSize(2))
                .body("events[0].eventId", equalTo(first.toString()))
                .body("events[0].registered", equalTo(3))
                .body("events[0].attended", equalTo(2))
                .body("events[0].firstTimers", equalTo(2))
                .body("events[0].returning", equalTo(0))
                .body("events[0].connections", equalTo(0))
                .body("events[0].connectionsPerAttendee", equalTo(0.0f))
                .body("events[0].followUpRate", nullValue())
                .body("events[1].eventId", equalTo(second.toString()))
                .body("events[1].attended", equalTo(3))
                .body("events[1].firstTimers", equalTo(1))
                .body("events[1].returning", equalTo(2))
                .body("events[1].connections", equalTo(1))
                .body("events[1].followUpRate", equalTo(0.5f))
                .body("events[1].referrals", equalTo(4))
                .body("neverCame", hasSize(1))
                .body("neverCame[0].attendeeId", equalTo(d.id().toString()))
                .body("neverCame[0].registrations", equalTo(2))
                .body("definitions.'events.firstTimers'", equalTo(Definitions.FIRST_TIMERS))
                .extract().asString();
        assertThat(body).doesNotContain("SECRET-TREND-REASON", "secret-trend-tag");
    }

    @Test
    void aDateRangeKeepsTheEventsStartingInIt() {
        Instant secondStart = Instant.now().minus(20, ChronoUnit.DAYS).truncatedTo(ChronoUnit.HOURS);
        api(organizer.accessToken()).queryParam("city", city).queryParam("from", secondStart.toString())
                .get("/api/v1/dashboard/trends").then().statusCode(200)
                .body("events", hasSize(1)).body("events[0].eventId", equalTo(second.toString()))
                .body("neverCame", hasSize(0));
    }

    @Test
    void anAttendeeIsRefused() {
        api(d.accessToken()).get("/api/v1/dashboard/trends").then().statusCode(403).contentType("application/problem+json");
        raw().get("/api/v1/dashboard/trends").then().statusCode(401);
    }

    @Test
    void aRangeEndingBeforeItStartsIsRefusedNamingTo() {
        raw().auth().oauth2(organizer.accessToken())
                .get("/api/v1/dashboard/trends?from=2026-12-02T00:00:00Z&to=2026-12-01T00:00:00Z")
                .then().statusCode(400).contentType("application/problem+json").body("errors[0].field", equalTo("to"));
    }

    @Test
    void aMalformedCityOrDateIsRefusedNamingIt() {
        raw().auth().oauth2(organizer.accessToken()).queryParam("city", "Boston<script>")
                .get("/api/v1/dashboard/trends")
                .then().statusCode(400).contentType("application/problem+json").body("errors[0].field", equalTo("city"));
        raw().auth().oauth2(organizer.accessToken()).queryParam("city", "x".repeat(101))
                .get("/api/v1/dashboard/trends").then().statusCode(400).body("errors[0].field", equalTo("city"));
        raw().auth().oauth2(organizer.accessToken()).get("/api/v1/dashboard/trends?from=last-week")
                .then().statusCode(400).body("errors[0].field", equalTo("from"));
    }
}
