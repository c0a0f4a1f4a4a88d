package app.rounds.dashboard;

import static app.rounds.support.Api.api;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.inject.Inject;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import app.rounds.support.OutcomeFixtures;
import app.rounds.support.Profiles;
import app.rounds.support.StatementCounter;
import app.rounds.support.TestData;
import app.rounds.support.TestData.SignedIn;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;

/**
 * The dashboard keeps an event's figures once counted and serves them again only while they are exact: any write to
 * what they count, and any instant at which one turns by time alone, makes the next read count afresh.
 */
@QuarkusTest
class DashboardSnapshotTest {

    private static final String OPHTHALMOLOGY = "207W00000X";

    @Inject
    OutcomeFixtures fixtures;

    @Inject
    StatementCounter statements;

    private SignedIn organizer;
    private SignedIn a;
    private UUID b;
    private UUID c;
    private UUID eventId;
    private Instant start;
    private UUID connectionAb;
    private UUID taskOfA;
    private UUID pendingAc;

    @BeforeEach
    void anEndedEveningWithAConnectionATaskAndAPendingIntroduction() {
        organizer = TestData.organizer();
        start = Instant.now().minus(2, ChronoUnit.DAYS).truncatedTo(ChronoUnit.HOURS);
        eventId = fixtures.endedEvent(organizer.id(), start, 10);
        a = TestData.attendee();
        b = TestData.attendee().id();
        c = TestData.attendee().id();
        fixtures.register(eventId, a.id(), "CHECKED_IN", start.plus(5, ChronoUnit.MINUTES));
        fixtures.register(eventId, b, "CHECKED_IN", start.plus(10, ChronoUnit.MINUTES));
        fixtures.register(eventId, c, "REGISTERED", null);
        Instant proposed = start.plus(30, ChronoUnit.MINUTES);
        Instant later = Instant.now().plus(5, ChronoUnit.DAYS);
        UUID ab = fixtures.introduction(eventId, "REQUEST", a.id(), a.id(), b, "reason", "ACCEPTED", proposed, later,
                600L, false);
        pendingAc = fixtures.introduction(eventId, "REQUEST", a.id(), a.id(), c, "reason", "PENDING", proposed, later,
                null, false);
        connectionAb = fixtures.connection(eventId, a.id(), b, ab);
        taskOfA = fixtures.task(eventId, connectionAb, a.id(), b, "EMAIL", null, later, "OPEN", null, false);
    }

    private JsonPath dashboard() {
        return api(organizer.accessToken()).get("/api/v1/dashboard/events/" + eventId).then().statusCode(200)
                .extract().jsonPath();
    }

    @Test
    void anUnchangedEventIsServedFromItsKeptFiguresInTwoStatements() {
        JsonPath counted = dashboard();
        JsonPath kept = dashboard();
        long statementsWhenKept = statements.count(this::dashboard);

        assertThat(statementsWhenKept).as("the event, then the kept figures").isEqualTo(2);
        for (String group : List.of("registration", "introductions", "connections", "followUps", "outcomes",
                "specialties")) {
            assertThat(kept.getMap(group)).as(group).isEqualTo(counted.getMap(group));
        }
        assertThat(Instant.parse(kept.getString("asOf"))).isAfterOrEqualTo(Instant.parse(counted.getString("asOf")));
    }

    @Test
    void everyWriteToWhatTheFiguresCountShowsOnTheNextRead() {
        assertThat(dashboard().getInt("registration.checkedIn")).isEqualTo(2);
        fixtures.change("UPDATE registration SET status = 'CHECKED_IN', checked_in_at = :at"
                + " WHERE event_id = :event AND account_id = :account",
                Map.of("at", start.plus(20, ChronoUnit.MINUTES), "event", eventId, "account", c));
        assertThat(dashboard().getInt("registration.checkedIn")).isEqualTo(3);

        fixtures.change("UPDATE introduction SET status = 'DECLINED', answered_at = now() WHERE id = :id",
                Map.of("id", pendingAc));
        assertThat(dashboard().getInt("introductions.declined")).isEqualTo(1);

        fixtures.introduction(eventId, "BROKERED", organizer.id(), b, c, "reason", "PENDING", start, start.plus(9,
                ChronoUnit.DAYS), null, false);
        assertThat(dashboard().getInt("introductions.brokered")).isEqualTo(1);

        fixtures.connection(eventId, b, c, null);
        assertThat(dashboard().getInt("connections.attendeesConnected")).isEqualTo(3);

        fixtures.change("UPDATE follow_up_task SET status = 'DONE', closed_at = now() WHERE id = :id",
                Map.of("id", taskOfA));
        assertThat(dashboard().getInt("followUps.done")).isEqualTo(1);

        LocalDate eventMonth = YearMonth.from(start.atOffset(ZoneOffset.UTC)).atDay(1);
        fixtures.referralReport(connectionAb, a.id(), eventMonth, 2, "SENT", null);
        assertThat(dashboard().getList("outcomes.byMonth")).hasSize(1);

        Map<String, Object> profile = new HashMap<>();
        profile.put("fullName", "Dr. A");
        profile.put("specialtyCode", OPHTHALMOLOGY);
        profile.put("subspecialtyCode", null);
        profile.put("npi", null);
        Profiles.save(a.accessToken(), Profiles.body(profile));
        assertThat(dashboard().getList("specialties.mix.specialtyCode")).containsExactly(OPHTHALMOLOGY);

        fixtures.change("UPDATE event SET capacity = 25 WHERE id = :id", Map.of("id", eventId));
        assertThat(dashboard().getInt("registration.capacity")).isEqualTo(25);

        fixtures.change("UPDATE follow_up_task SET removed_at = now() WHERE id = :id", Map.of("id", taskOfA));
        assertThat(dashboard().getInt("followUps.tasks")).isZero();
    }

    @Test
    void aPendingIntroductionCountsAsExpiredOnceItsTimePassesWithoutAnyWrite() throws InterruptedException {
        Instant expiresAt = Instant.now().plusSeconds(2);
        fixtures.change("UPDATE introduction SET expires_at = :at WHERE id = :id",
                Map.of("at", expiresAt, "id", pendingAc));
        JsonPath before = dashboard();
        assertThat(before.getInt("introductions.pending")).isEqualTo(1);
        assertThat(dashboard().getInt("introductions.expired")).as("kept, before the expiry").isZero();

        Thread.sleep(Math.max(0, Duration.between(Instant.now(), expiresAt).toMillis()) + 50);

        JsonPath after = dashboard();
        assertThat(after.getInt("introductions.pending")).isZero();
        assertThat(after.getInt("introductions.expired")).isEqualTo(1);
    }

    @Test
    void aDateRangeIsCountedAfreshNotServedFromTheKeptFigures() {
        dashboard();
        String range = "?from=" + start.minus(1, ChronoUnit.DAYS) + "&to=" + Instant.now().plus(9, ChronoUnit.DAYS);
        long withRange = statements.count(() -> api(organizer.accessToken())
                .get("/api/v1/dashboard/events/" + eventId + range).then().statusCode(200));
        assertThat(withRange).isGreaterThan(2);
    }
}
