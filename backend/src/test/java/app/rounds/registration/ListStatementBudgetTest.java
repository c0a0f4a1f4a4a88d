package app.rounds.registration;

import static app.rounds.support.Api.api;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.inject.Inject;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import app.rounds.support.Events;
import app.rounds.support.Introductions;
import app.rounds.support.StatementCounter;
import app.rounds.support.TestData;
import io.quarkus.test.junit.QuarkusTest;

/**
 * List endpoints (events, registrations, tickets, introductions, connections, notes) cost a fixed number of SQL
 * statements (at most 3), whatever the page size.
 */
@QuarkusTest
class ListStatementBudgetTest {

    private static final int BUDGET = 3;

    @Inject
    StatementCounter statements;

    private TestData.SignedIn organizer;
    private TestData.SignedIn attendee;
    private final List<TestData.SignedIn> others = new ArrayList<>();
    private UUID eventId;
    private String city;

    @BeforeEach
    void fillAnEvent() {
        organizer = TestData.organizer();
        city = "Budget-" + UUID.randomUUID().toString().substring(0, 8);
        eventId = Events.published(organizer.accessToken(), 5, Map.of("city", city));
        for (int i = 0; i < 3; i++) {
            Events.published(organizer.accessToken(), 5, Map.of("city", city));
        }
        for (int i = 0; i < 12; i++) {
            var someone = TestData.attendee();
            Events.register(someone.accessToken(), eventId);
            attendee = someone;
            others.add(someone);
        }
        others.remove(attendee);
    }

    @ParameterizedTest
    @ValueSource(ints = {1, 5, 50})
    void eventSearchPage(int limit) {
        long used = statements.count(() -> api(attendee.accessToken()).queryParam("city", city).queryParam("limit", limit)
                .get("/api/v1/events").then().statusCode(200));
        assertThat(used).isLessThanOrEqualTo(BUDGET);
    }

    @ParameterizedTest
    @ValueSource(ints = {1, 5, 50})
    void registrationsPage(int limit) {
        long used = statements.count(() -> api(organizer.accessToken()).queryParam("limit", limit)
                .get("/api/v1/events/" + eventId + "/registrations").then().statusCode(200));
        assertThat(used).isLessThanOrEqualTo(BUDGET);
    }

    @ParameterizedTest
    @ValueSource(ints = {1, 50})
    void waitlistPage(int limit) {
        long used = statements.count(() -> api(organizer.accessToken()).queryParam("status", "WAITLISTED").queryParam("limit", limit)
                .get("/api/v1/events/" + eventId + "/registrations").then().statusCode(200));
        assertThat(used).isLessThanOrEqualTo(BUDGET);
    }

    @Test
    void myTicketsPage() {
        long used = statements.count(() -> api(attendee.accessToken()).get("/api/v1/me/registrations").then().statusCode(200));
        assertThat(used).isLessThanOrEqualTo(BUDGET);
    }

    @Test
    void eventDetail() {
        long used = statements.count(() -> api(attendee.accessToken()).get("/api/v1/events/" + eventId).then().statusCode(200));
        assertThat(used).isLessThanOrEqualTo(1);
    }

    /** The event has five seats: the first five attendees hold them, the others wait. */
    @ParameterizedTest
    @ValueSource(ints = {1, 50})
    void introductionsPage(int limit) {
        TestData.SignedIn seated = others.get(0);
        others.subList(1, 5).forEach(other -> Introductions.request(seated.accessToken(), eventId, other.id()));
        long used = statements.count(() -> api(seated.accessToken()).queryParam("limit", limit)
                .get("/api/v1/introductions").then().statusCode(200));
        assertThat(used).isLessThanOrEqualTo(BUDGET);
    }

    @ParameterizedTest
    @ValueSource(ints = {1, 50})
    void connectionsPage(int limit) {
        TestData.SignedIn seated = others.get(0);
        others.subList(1, 5).forEach(other -> Introductions.connectByScan(seated.accessToken(), other.accessToken(), eventId));
        long used = statements.count(() -> api(seated.accessToken()).queryParam("limit", limit).queryParam("q", "test")
                .get("/api/v1/connections").then().statusCode(200));
        assertThat(used).isLessThanOrEqualTo(BUDGET);
    }

    @ParameterizedTest
    @ValueSource(ints = {1, 50})
    void notesPage(int limit) {
        TestData.SignedIn seated = others.get(0);
        UUID connectionId = Introductions.connectByScan(seated.accessToken(), others.get(1).accessToken(), eventId);
        for (int i = 0; i < 3; i++) {
            api(seated.accessToken()).body(Map.of("body", "Note " + i)).post("/api/v1/connections/" + connectionId + "/notes")
                    .then().statusCode(201);
        }
        long used = statements.count(() -> api(seated.accessToken()).queryParam("limit", limit)
                .get("/api/v1/connections/" + connectionId + "/notes").then().statusCode(200));
        assertThat(used).isLessThanOrEqualTo(BUDGET);
    }
}
