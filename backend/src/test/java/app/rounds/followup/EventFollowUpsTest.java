package app.rounds.followup;

import static app.rounds.support.Api.api;
import static app.rounds.support.Api.raw;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.not;

import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.inject.Inject;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import app.rounds.support.IntegrationKeys;
import app.rounds.support.OutcomeFixtures;
import app.rounds.support.TestData;
import app.rounds.support.TestData.SignedIn;
import io.quarkus.test.junit.QuarkusTest;

/** An event's follow-up plans as organizers and their integrations see them: state, never the attendees' words. */
@QuarkusTest
class EventFollowUpsTest {

    private static final String PRIVATE_TITLE = "Ask about her malpractice worries";
    private static final String PRIVATE_NOTE = "Seemed unhappy with his partners";

    @Inject
    OutcomeFixtures fixtures;

    private SignedIn organizer;
    private SignedIn owner;
    private SignedIn colleague;
    private UUID eventId;
    private UUID connectionId;
    private UUID customTask;

    @BeforeEach
    void anEndedEventWithAPlanANoteAndAReferralReport() {
        organizer = TestData.organizer();
        owner = TestData.attendee();
        colleague = TestData.attendee();
        Instant start = Instant.now().minus(3, ChronoUnit.DAYS).truncatedTo(ChronoUnit.SECONDS);
        eventId = fixtures.endedEvent(organizer.id(), start, 20);
        connectionId = fixtures.connection(eventId, owner.id(), colleague.id(), null);
        Instant due = start.plus(7, ChronoUnit.DAYS);
        fixtures.task(eventId, connectionId, owner.id(), colleague.id(), "SEND_CARD", null, due, "DONE", start.plus(1, ChronoUnit.DAYS), false);
        customTask = fixtures.task(eventId, connectionId, owner.id(), colleague.id(), "CUSTOM", PRIVATE_TITLE,
                due.plus(1, ChronoUnit.DAYS), "OPEN", null, false);
        fixtures.task(eventId, connectionId, colleague.id(), owner.id(), "CALL", null, start.plus(1, ChronoUnit.DAYS), "OPEN", null, false);
        fixtures.task(eventId, connectionId, colleague.id(), owner.id(), "EMAIL", null, due, "OPEN", null, true);
        fixtures.note(connectionId, owner.id(), PRIVATE_NOTE);
        fixtures.referralReport(connectionId, owner.id(), LocalDate.now().withDayOfMonth(1), 3, "RECEIVED", "cataract");
    }

    @Test
    void aKeyWithFollowupsReadSeesEachTasksStateButNoneOfItsOwnersWords() {
        String key = IntegrationKeys.issue(organizer.accessToken(), "followups:read").key();

        var page = api(key).get("/api/v1/events/" + eventId + "/follow-ups").then().statusCode(200)
                .body("items.size()", equalTo(3))
                .body("items.kind", equalTo(List.of("CALL", "SEND_CARD", "CUSTOM")))
                .body("items[0].overdue", equalTo(true))
                .body("items[0].ownerId", equalTo(colleague.id().toString()))
                .body("items[1].status", equalTo("DONE"))
                .body("items[2].id", equalTo(customTask.toString()))
                .body("items[2]", not(hasKey("title")))
                .body("items[2]", not(hasKey("label")))
                .extract().asString();

        assertThat(page).doesNotContain(PRIVATE_TITLE).doesNotContain(PRIVATE_NOTE).doesNotContain("cataract")
                .doesNotContain(owner.email()).doesNotContain(colleague.email());
    }

    @Test
    void organizersSeeTheSameAndAttendeesNothing() {
        api(organizer.accessToken()).get("/api/v1/events/" + eventId + "/follow-ups").then().statusCode(200)
                .body("items.size()", equalTo(3));
        api(owner.accessToken()).get("/api/v1/events/" + eventId + "/follow-ups").then().statusCode(403);
        api(organizer.accessToken()).get("/api/v1/events/" + UUID.randomUUID() + "/follow-ups").then().statusCode(404);
    }

    @Test
    void aKeyWithoutFollowupsReadIsRefusedNamingIt() {
        String key = IntegrationKeys.issue(organizer.accessToken(), "events:read", "registrations:read", "attendees:read",
                "introductions:read", "followups:write", "webhooks:manage").key();

        api(key).get("/api/v1/events/" + eventId + "/follow-ups").then().statusCode(403)
                .contentType("application/problem+json")
                .header("WWW-Authenticate", containsString("scope=\"followups:read\""))
                .body("type", equalTo("https://rounds.app/problems/insufficient-scope"))
                .body("detail", containsString("followups:read"));
    }

    @Test
    void followupsWriteDoesNotLetAKeyChangeAnAttendeesTasks() {
        String key = IntegrationKeys.issue(organizer.accessToken(), "followups:read", "followups:write").key();

        // Operations that do not name the integration scheme refuse every key (outside their contract: raw requests).
        raw().header("Authorization", "Bearer " + key).contentType("application/json").body(Map.of("status", "DONE"))
                .patch("/api/v1/follow-ups/" + customTask).then().statusCode(403).contentType("application/problem+json");
        for (String path : List.of("/api/v1/follow-ups/" + customTask, "/api/v1/connections/" + connectionId + "/notes",
                "/api/v1/connections/" + connectionId + "/referral-reports")) {
            raw().header("Authorization", "Bearer " + key).get(path).then().statusCode(403);
        }
        raw().header("Authorization", "Bearer " + key).delete("/api/v1/follow-ups/" + customTask).then().statusCode(403);
        api(key).get("/api/v1/events/" + eventId + "/follow-ups").then().statusCode(200)
                .body("items.find { it.id == '" + customTask + "' }.status", equalTo("OPEN"));
    }
}
