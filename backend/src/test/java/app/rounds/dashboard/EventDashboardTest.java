package app.rounds.dashboard;

import static app.rounds.support.Api.api;
import static app.rounds.support.Api.raw;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

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

import app.rounds.support.Events;
import app.rounds.support.OutcomeFixtures;
import app.rounds.support.Profiles;
import app.rounds.support.StatementCounter;
import app.rounds.support.TestData;
import app.rounds.support.TestData.SignedIn;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;

/**
 * The organizer's dashboard over one ended evening whose every figure is known: eight attendees, seven introductions
 * (one in each state, two expired), three connections, eight follow-up tasks and four referral reports.
 */
@QuarkusTest
class EventDashboardTest {

    private static final String OPHTHALMOLOGY = "207W00000X";
    private static final String ORTHOPAEDICS = "207X00000X";
    private static final String REASON = "SECRET-REASON-7f3 both love retina cases";
    private static final String NOTE = "SECRET-NOTE-9c1 talks too much about golf";
    private static final String PROCEDURE = "secret-procedure-tag-x";
    private static final String TASK_TITLE = "SECRET-TASK-TITLE lunch at the club";

    @Inject
    OutcomeFixtures fixtures;

    @Inject
    StatementCounter statements;

    private SignedIn organizer;
    private UUID eventId;
    private Instant start;
    private Instant end;

    @BeforeEach
    void anEndedEveningWithKnownOutcomes() {
        organizer = TestData.organizer();
        start = Instant.now().minus(10, ChronoUnit.DAYS).truncatedTo(ChronoUnit.HOURS);
        end = start.plus(3, ChronoUnit.HOURS);
        eventId = fixtures.endedEvent(organizer.id(), start, 10);
        seed(eventId);
    }

    /** Seeds the event; returns the attendees, so that a bigger event can be seeded by calling it again. */
    private Map<String, UUID> seed(UUID event) {
        Map<String, UUID> people = new HashMap<>();
        for (String name : List.of("A", "B", "C", "D", "E", "F", "G", "H")) {
            SignedIn attendee = TestData.attendee();
            people.put(name, attendee.id());
            String specialty = switch (name) {
                case "A", "B", "C" -> OPHTHALMOLOGY;
                case "D", "E", "G" -> ORTHOPAEDICS;
                default -> null;
            };
            if (specialty != null) {
                Map<String, Object> profile = new HashMap<>();
                profile.put("fullName", "Dr. " + name);
                profile.put("specialtyCode", specialty);
                profile.put("subspecialtyCode", null);
                profile.put("npi", null);
                Profiles.save(attendee.accessToken(), Profiles.body(profile));
            }
        }
        UUID a = people.get("A"), b = people.get("B"), c = people.get("C"), d = people.get("D"), e = people.get("E");
        UUID f = people.get("F");
        fixtures.register(event, a, "CHECKED_IN", start.plus(5, ChronoUnit.MINUTES));
        fixtures.register(event, b, "CHECKED_IN", start.plus(10, ChronoUnit.MINUTES));
        fixtures.register(event, c, "CHECKED_IN", start.plus(20, ChronoUnit.MINUTES));
        fixtures.register(event, d, "CHECKED_IN", start.plus(50, ChronoUnit.MINUTES));
        fixtures.register(event, e, "CHECKED_IN", start.plus(55, ChronoUnit.MINUTES));
        fixtures.register(event, f, "REGISTERED", null);
        fixtures.register(event, people.get("G"), "WAITLISTED", null);
        fixtures.register(event, people.get("H"), "CANCELLED", null);

        Instant proposed = start.plus(30, ChronoUnit.MINUTES);
        Instant expired = end.plus(2, ChronoUnit.DAYS);
        Instant later = Instant.now().plus(5, ChronoUnit.DAYS);
        UUID ab = fixtures.introduction(event, "REQUEST", a, a, b, REASON, "ACCEPTED", proposed, expired, 600L, true);
        UUID de = fixtures.introduction(event, "BROKERED", organizer.id(), d, e, REASON, "ACCEPTED", proposed, expired, 1200L, false);
        fixtures.introduction(event, "REQUEST", a, a, d, REASON, "DECLINED", proposed, expired, 1800L, false);
        fixtures.introduction(event, "REQUEST", b, b, c, REASON, "WITHDRAWN", proposed, expired, null, false);
        fixtures.introduction(event, "REQUEST", b, b, d, REASON, "PENDING", proposed, expired, null, false);
        fixtures.introduction(event, "REQUEST", c, c, f, REASON, "EXPIRED", proposed, expired, null, false);
        fixtures.introduction(event, "REQUEST", e, e, a, REASON, "PENDING", proposed, later, null, false);

        UUID connectionAb = fixtures.connection(event, a, b, ab);
        UUID connectionDe = fixtures.connection(event, d, e, de);
        UUID connectionCe = fixtures.connection(event, c, e, null);
        fixtures.note(connectionAb, a, NOTE);

        Instant due = end.plus(7, ChronoUnit.DAYS);
        fixtures.task(event, connectionAb, a, b, "SEND_CARD", null, due, "DONE", end.plus(2, ChronoUnit.DAYS), false);
        fixtures.task(event, connectionAb, a, b, "EMAIL", null, due, "DONE", end.plus(3, ChronoUnit.DAYS), false);
        fixtures.task(event, connectionAb, b, a, "CALL", null, due, "SKIPPED", end.plus(1, ChronoUnit.DAYS), false);
        fixtures.task(event, connectionDe, d, e, "SEND_CARD", null, due, "DONE", end.plus(10, ChronoUnit.DAYS), false);
        fixtures.task(event, connectionDe, e, d, "EMAIL", null, due, "OPEN", null, false);
        fixtures.task(event, connectionCe, c, e, "CUSTOM", TASK_TITLE, later, "OPEN", null, false);
        fixtures.task(event, connectionCe, e, c, "SEND_CARD", null, due, "OPEN", null, false);
        fixtures.task(event, connectionCe, e, c, "SEND_CARD", null, due, "DONE", end, true);

        LocalDate eventMonth = YearMonth.from(start.atOffset(ZoneOffset.UTC)).atDay(1);
        fixtures.referralReport(connectionAb, a, eventMonth, 3, "SENT", PROCEDURE);
        fixtures.referralReport(connectionAb, b, eventMonth.plusMonths(1), 2, "RECEIVED", PROCEDURE);
        fixtures.referralReport(connectionDe, d, eventMonth.plusMonths(1), 1, "SENT", null);
        fixtures.referralReport(connectionDe, d, eventMonth.minusMonths(1), 5, "SENT", null);
        return people;
    }

    private ValidatableResponse dashboard(String query) {
        return api(organizer.accessToken()).get("/api/v1/dashboard/events/" + eventId + query).then().statusCode(200);
    }

    @Test
    void registrationCountsEachStatusAndTheNoShowsOfAnEndedEvent() {
        dashboard("")
                .body("registration.capacity", equalTo(10))
                .body("registration.registered", equalTo(6))
                .body("registration.checkedIn", equalTo(5))
                .body("registration.waitlisted", equalTo(1))
                .body("registration.cancelled", equalTo(1))
                .body("registration.noShows", equalTo(1))
                .body("registration.checkInsOverTime", hasSize(3))
                .body("registration.checkInsOverTime.checkIns", equalTo(List.of(2, 1, 2)))
                .body("definitions.'introductions.accepted'", equalTo(Definitions.ACCEPTED));
    }

    @Test
    void theFunnelCountsStatusesAsOfNowSoAPendingIntroductionPastItsExpiryIsExpired() {
        dashboard("")
                .body("introductions.requested", equalTo(7))
                .body("introductions.pending", equalTo(1))
                .body("introductions.accepted", equalTo(2))
                .body("introductions.declined", equalTo(1))
                .body("introductions.withdrawn", equalTo(1))
                .body("introductions.expired", equalTo(2))
                .body("introductions.met", equalTo(1))
                .body("introductions.acceptanceRate", equalTo(0.4f))
                .body("introductions.medianSecondsToAnswer", equalTo(1200.0f))
                .body("introductions.brokered", equalTo(1))
                .body("introductions.selfRequested", equalTo(6));
    }

    @Test
    void theShareOfTheRequestAllowanceUsedCountsSeatedAttendeesOwnRequestsAgainstTheirAllowance() {
        // A, B ask twice, C and E once, D and F never (G waits, H cancelled): 6 of 6 seats × 5 requests.
        dashboard("")
                .body("introductions.openRequestLimit", equalTo(5))
                .body("introductions.allowanceUsed", equalTo(6))
                .body("introductions.shareOfAllowanceUsed", equalTo(0.2f))
                .body("definitions.'introductions.shareOfAllowanceUsed'", equalTo(Definitions.SHARE_OF_ALLOWANCE_USED));
    }

    @Test
    void nobodyUsesMoreThanTheirWholeAllowance() {
        fixtures.limitOpenRequests(eventId, 1);
        // A's and B's second requests are beyond an allowance of one: 4 of 6 seats × 1.
        dashboard("")
                .body("introductions.openRequestLimit", equalTo(1))
                .body("introductions.allowanceUsed", equalTo(4))
                .body("introductions.shareOfAllowanceUsed", equalTo((float) (4.0 / 6)));
    }

    @Test
    void connectionsAreCountedByOriginAndBySpecialtyPair() {
        dashboard("")
                .body("connections.attendees", equalTo(6))
                .body("connections.attendeesConnected", equalTo(5))
                .body("connections.byOrigin.find { it.origin == 'INTRODUCTION' }.connections", equalTo(2))
                .body("connections.byOrigin.find { it.origin == 'SCAN' }.connections", equalTo(1))
                .body("specialties.mix.specialtyCode", equalTo(List.of(OPHTHALMOLOGY, ORTHOPAEDICS)))
                .body("specialties.mix.attendees", equalTo(List.of(3, 2)))
                .body("specialties.mix[0].specialtyName", notNullValue())
                .body("specialties.withoutProfile", equalTo(1))
                .body("specialties.pairs", hasSize(3))
                .body("specialties.pairs.find { it.specialtyA == '%s' && it.specialtyB == '%s' }.connections"
                        .formatted(OPHTHALMOLOGY, ORTHOPAEDICS), equalTo(1));
    }

    @Test
    void followUpsCountDoneSkippedAndOverdueByKindAndPlansDoneWithinAWeek() {
        dashboard("")
                .body("followUps.connectionsWithPlan", equalTo(3))
                .body("followUps.doneWithinWeek", equalTo(1))
                .body("followUps.tasks", equalTo(7))
                .body("followUps.done", equalTo(3))
                .body("followUps.skipped", equalTo(1))
                .body("followUps.open", equalTo(3))
                .body("followUps.overdue", equalTo(2))
                .body("followUps.byKind.kind", equalTo(List.of("SEND_CARD", "EMAIL", "CALL", "CUSTOM")))
                .body("followUps.byKind.tasks", equalTo(List.of(3, 2, 1, 1)))
                .body("followUps.byKind.overdue", equalTo(List.of(1, 1, 0, 0)));
    }

    @Test
    void referralsAreCountedPerMonthFromTheEventsMonthOn() {
        String eventMonth = YearMonth.from(start.atOffset(ZoneOffset.UTC)).toString();
        dashboard("")
                .body("outcomes.byMonth", hasSize(2))
                .body("outcomes.byMonth[0].month", equalTo(eventMonth))
                .body("outcomes.byMonth.monthsAfter", equalTo(List.of(0, 1)))
                .body("outcomes.byMonth.reports", equalTo(List.of(1, 2)))
                .body("outcomes.byMonth.referralsSent", equalTo(List.of(3, 1)))
                .body("outcomes.byMonth.referralsReceived", equalTo(List.of(0, 2)));
    }

    @Test
    void aDateRangeNarrowsCheckInsAndFollowUpTasks() {
        String from = Events.iso(start.plus(15, ChronoUnit.MINUTES).atOffset(ZoneOffset.UTC));
        String to = Events.iso(Instant.now().atOffset(ZoneOffset.UTC).withNano(0));
        dashboard("?from=" + from.replace("+", "%2B") + "&to=" + to.replace("+", "%2B"))
                .body("registration.checkInsOverTime.checkIns", equalTo(List.of(1, 2)))
                .body("followUps.tasks", equalTo(6))
                .body("followUps.byKind.kind", equalTo(List.of("SEND_CARD", "EMAIL", "CALL")))
                .body("from", notNullValue());
    }

    @Test
    void aBrandNewEventHasZerosAndNoRates() {
        UUID fresh = Events.published(organizer.accessToken(), 30);
        api(organizer.accessToken()).get("/api/v1/dashboard/events/" + fresh).then().statusCode(200)
                .body("registration.registered", equalTo(0))
                .body("registration.noShows", equalTo(0))
                .body("introductions.requested", equalTo(0))
                .body("introductions.acceptanceRate", nullValue())
                .body("introductions.shareOfAllowanceUsed", nullValue())
                .body("introductions.medianSecondsToAnswer", nullValue())
                .body("connections.shareConnected", nullValue())
                .body("followUps.byKind", hasSize(0))
                .body("outcomes.byMonth", hasSize(0));
    }

    @Test
    void noDashboardResponseContainsANoteAReferralDetailAFollowUpTitleOrAnIntroductionReason() {
        String body = api(organizer.accessToken()).get("/api/v1/dashboard/events/" + eventId).then().statusCode(200)
                .extract().asString();
        assertThat(body).doesNotContain("SECRET-REASON", "SECRET-NOTE", PROCEDURE, "SECRET-TASK-TITLE");
        assertThat(body).contains("\"accepted\":2");
    }

    @Test
    void anAttendeeIsRefused() {
        SignedIn attendee = TestData.attendee();
        api(attendee.accessToken()).get("/api/v1/dashboard/events/" + eventId).then().statusCode(403)
                .contentType("application/problem+json");
        raw().get("/api/v1/dashboard/events/" + eventId).then().statusCode(401);
    }

    @Test
    void anUnknownEventIsNotFound() {
        api(organizer.accessToken()).get("/api/v1/dashboard/events/" + UUID.randomUUID()).then().statusCode(404)
                .contentType("application/problem+json");
    }

    @Test
    void aRangeEndingBeforeItStartsIsRefusedNamingTo() {
        raw().auth().oauth2(organizer.accessToken())
                .get("/api/v1/dashboard/events/" + eventId + "?from=2026-12-02T00:00:00Z&to=2026-12-01T00:00:00Z")
                .then().statusCode(400).contentType("application/problem+json").body("errors[0].field", equalTo("to"));
    }

    @Test
    void aMalformedDateIsRefusedNamingIt() {
        raw().auth().oauth2(organizer.accessToken()).get("/api/v1/dashboard/events/" + eventId + "?from=yesterday")
                .then().statusCode(400).contentType("application/problem+json").body("errors[0].field", equalTo("from"));
        raw().auth().oauth2(organizer.accessToken()).get("/api/v1/dashboard/events/" + eventId + "?to=2026-13-01T00:00:00Z")
                .then().statusCode(400).body("errors[0].field", equalTo("to"));
    }

    @Test
    void theDashboardRunsTheSameFewStatementsWhateverTheEventsSize() {
        String path = "/api/v1/dashboard/events/" + eventId;
        long small = statements.count(() -> api(organizer.accessToken()).get(path).then().statusCode(200));
        seed(eventId);
        seed(eventId);
        long bigger = statements.count(() -> api(organizer.accessToken()).get(path).then().statusCode(200));
        assertThat(bigger).isEqualTo(small);
        assertThat(small).as("the event, no kept figures, their versions, one aggregate per figure group, the next"
                + " expiry and due time, keeping them").isEqualTo(15);
    }
}
