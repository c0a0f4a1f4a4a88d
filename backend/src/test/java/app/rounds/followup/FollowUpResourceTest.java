package app.rounds.followup;

import static app.rounds.support.Api.api;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import app.rounds.support.Api;
import app.rounds.support.Events;
import app.rounds.support.Introductions;
import app.rounds.support.Profiles;
import app.rounds.support.TestData;
import app.rounds.support.TestData.SignedIn;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;

@QuarkusTest
class FollowUpResourceTest {

    private static final ZoneId CHICAGO = ZoneId.of("America/Chicago");
    private static final List<String> DEFAULT_KINDS =
            List.of("SEND_CARD", "SEND_BIOGRAPHY", "SEND_REFERRAL_PADS", "EMAIL", "CONNECT_LINKEDIN", "CALL");

    private SignedIn requester;
    private SignedIn recipient;
    private UUID eventId;
    private ZonedDateTime eventEnd;

    @BeforeEach
    void anEveningInChicagoWithTwoAttendees() {
        SignedIn organizer = TestData.organizer();
        OffsetDateTime start = OffsetDateTime.now(ZoneOffset.UTC).plusDays(10).withNano(0);
        eventEnd = start.plusHours(3).atZoneSameInstant(CHICAGO);
        eventId = Events.published(organizer.accessToken(), 20, Map.of("timeZone", "America/Chicago",
                "startsAt", Events.iso(start), "endsAt", Events.iso(start.plusHours(3))));
        requester = TestData.attendee();
        recipient = TestData.attendee();
        Events.register(requester.accessToken(), eventId);
        Events.register(recipient.accessToken(), eventId);
    }

    @Test
    void anAcceptedIntroductionGivesEachSideAPlanDueAWeekAfterTheEventAtNineOnItsWallClock() {
        UUID connectionId = connect();
        String expectedDue = Events.iso(eventEnd.toLocalDate().plusDays(7).atTime(LocalTime.of(9, 0)).atZone(CHICAGO)
                .toOffsetDateTime().withOffsetSameInstant(ZoneOffset.UTC));

        for (SignedIn side : List.of(requester, recipient)) {
            ValidatableResponse plan = api(side.accessToken()).get("/api/v1/follow-ups").then().statusCode(200)
                    .body("items", hasSize(6))
                    .body("items.connectionId", everyItem(equalTo(connectionId.toString())))
                    .body("items.status", everyItem(equalTo("OPEN")))
                    .body("items.overdue", everyItem(equalTo(false)));
            List<String> dues = plan.extract().path("items.dueAt");
            assertThat(dues).allSatisfy(due -> assertThat(OffsetDateTime.parse(due).toInstant())
                    .isEqualTo(OffsetDateTime.parse(expectedDue).toInstant()));
            assertThat(plan.extract().<List<String>>path("items.kind")).containsExactlyInAnyOrderElementsOf(DEFAULT_KINDS);
        }
        api(requester.accessToken()).get("/api/v1/follow-ups").then()
                .body("items.counterpart.attendeeId", everyItem(equalTo(recipient.id().toString())));
    }

    @Test
    void connectingByScanAlsoMakesAPlan() {
        Introductions.connectByScan(requester.accessToken(), recipient.accessToken(), eventId);

        api(recipient.accessToken()).get("/api/v1/follow-ups").then().statusCode(200).body("items", hasSize(6));
    }

    @Test
    void markingOneDoneCountsInTheEventsProgress() {
        connect();
        String taskId = firstTask(requester);

        api(requester.accessToken()).body(Map.of("status", "DONE")).patch("/api/v1/follow-ups/" + taskId).then().statusCode(200)
                .body("status", equalTo("DONE")).body("closedAt", notNullValue());

        api(requester.accessToken()).get("/api/v1/follow-ups/progress").then().statusCode(200)
                .body("items", hasSize(1))
                .body("items[0].eventId", equalTo(eventId.toString()))
                .body("items[0].total", equalTo(6)).body("items[0].done", equalTo(1)).body("items[0].skipped", equalTo(0));
        api(recipient.accessToken()).get("/api/v1/follow-ups/progress").then().body("items[0].done", equalTo(0));
    }

    @Test
    void reopeningClearsTheCloseAndSkippingIsNotDone() {
        connect();
        String taskId = firstTask(requester);
        api(requester.accessToken()).body(Map.of("status", "SKIPPED")).patch("/api/v1/follow-ups/" + taskId).then().statusCode(200);
        api(requester.accessToken()).get("/api/v1/follow-ups/progress").then().body("items[0].skipped", equalTo(1))
                .body("items[0].done", equalTo(0));

        api(requester.accessToken()).body(Map.of("status", "OPEN")).patch("/api/v1/follow-ups/" + taskId).then().statusCode(200)
                .body("status", equalTo("OPEN")).body("closedAt", nullValue());
    }

    @Test
    void theListFiltersByStatusConnectionAndEventAndPagesByDueTime() {
        UUID connectionId = connect();
        String done = firstTask(requester);
        api(requester.accessToken()).body(Map.of("status", "DONE")).patch("/api/v1/follow-ups/" + done).then().statusCode(200);
        api(requester.accessToken()).body(Map.of("connectionId", connectionId, "kind", "CALL",
                "dueAt", Events.iso(OffsetDateTime.now(ZoneOffset.UTC).plusDays(2).withNano(0)))).post("/api/v1/follow-ups")
                .then().statusCode(201);

        api(requester.accessToken()).queryParam("status", "DONE").get("/api/v1/follow-ups").then()
                .body("items", hasSize(1)).body("items[0].id", equalTo(done));
        api(requester.accessToken()).queryParam("status", "OPEN").queryParam("connectionId", connectionId.toString())
                .queryParam("eventId", eventId.toString()).get("/api/v1/follow-ups").then().body("items", hasSize(6));
        api(requester.accessToken()).queryParam("eventId", UUID.randomUUID().toString()).get("/api/v1/follow-ups").then()
                .body("items", hasSize(0));
        api(requester.accessToken()).queryParam("dueBefore", Events.iso(OffsetDateTime.now(ZoneOffset.UTC).plusDays(5)))
                .get("/api/v1/follow-ups").then().body("items", hasSize(1)).body("items[0].kind", equalTo("CALL"));

        var first = api(requester.accessToken()).queryParam("limit", 4).get("/api/v1/follow-ups").then().statusCode(200)
                .header("Link", containsString("rel=\"next\"")).body("items", hasSize(4)).extract();
        assertThat(first.<String>path("items[0].kind")).isEqualTo("CALL");
        var second = api(requester.accessToken()).queryParam("limit", 4).queryParam("cursor", first.<String>path("nextCursor"))
                .get("/api/v1/follow-ups").then().statusCode(200).body("items", hasSize(3)).body("nextCursor", nullValue()).extract();
        List<String> seen = new java.util.ArrayList<>(first.path("items.id"));
        seen.addAll(second.path("items.id"));
        assertThat(seen).doesNotHaveDuplicates().hasSize(7);
    }

    @Test
    void aCustomTaskNeedsATitleAndShowsIt() {
        UUID connectionId = connect();
        String due = Events.iso(OffsetDateTime.now(ZoneOffset.UTC).plusDays(3).withNano(0));

        problem(api(requester.accessToken()).body(Map.of("connectionId", connectionId, "kind", "CUSTOM", "dueAt", due))
                .post("/api/v1/follow-ups").then().statusCode(400)).body("errors[0].field", equalTo("title"));
        api(requester.accessToken()).body(Map.of("connectionId", connectionId, "kind", "CUSTOM", "title", "Invite to grand rounds",
                        "dueAt", due))
                .post("/api/v1/follow-ups").then().statusCode(201)
                .header("Location", containsString("/api/v1/follow-ups/"))
                .body("label", equalTo("Invite to grand rounds")).body("kind", equalTo("CUSTOM"));
    }

    @Test
    void aNewTaskWithoutADueTimeTakesThePlansDueTime() {
        UUID connectionId = connect();
        String planDue = api(requester.accessToken()).get("/api/v1/follow-ups").then().extract().path("items[0].dueAt");

        String due = api(requester.accessToken()).body(Map.of("connectionId", connectionId, "kind", "CALL"))
                .post("/api/v1/follow-ups").then().statusCode(201).extract().path("dueAt");
        assertThat(OffsetDateTime.parse(due).toInstant()).isEqualTo(OffsetDateTime.parse(planDue).toInstant());
    }

    @Test
    void aNewTaskDueInThePastIsRefused() {
        UUID connectionId = connect();

        problem(api(requester.accessToken()).body(Map.of("connectionId", connectionId, "kind", "CALL",
                        "dueAt", Events.iso(OffsetDateTime.now(ZoneOffset.UTC).minusHours(1).withNano(0))))
                .post("/api/v1/follow-ups").then().statusCode(400)).body("errors[0].field", equalTo("dueAt"));
    }

    @Test
    void anUnknownKindIsRefused() {
        UUID connectionId = connect();

        problem(api(requester.accessToken()).body(Map.of("connectionId", connectionId, "kind", "SEND_FLOWERS"))
                .post("/api/v1/follow-ups").then().statusCode(400)).body("errors[0].field", equalTo("kind"));
    }

    @Test
    void aTaskForSomeoneElsesConnectionIsNotFound() {
        UUID connectionId = connect();
        SignedIn stranger = TestData.attendee();

        problem(api(stranger.accessToken()).body(Map.of("connectionId", connectionId, "kind", "CALL"))
                .post("/api/v1/follow-ups").then().statusCode(404));
        problem(api(stranger.accessToken()).body(Map.of("connectionId", UUID.randomUUID(), "kind", "CALL"))
                .post("/api/v1/follow-ups").then().statusCode(404));
    }

    @Test
    void someoneElsesTaskIsNotFoundToReadChangeOrRemove() {
        connect();
        String taskId = firstTask(requester);

        for (SignedIn other : List.of(recipient, TestData.attendee())) {
            problem(api(other.accessToken()).get("/api/v1/follow-ups/" + taskId).then().statusCode(404));
            problem(api(other.accessToken()).body(Map.of("status", "DONE")).patch("/api/v1/follow-ups/" + taskId).then().statusCode(404));
            problem(api(other.accessToken()).delete("/api/v1/follow-ups/" + taskId).then().statusCode(404));
        }
        api(requester.accessToken()).get("/api/v1/follow-ups/" + taskId).then().statusCode(200).body("status", equalTo("OPEN"));
    }

    @Test
    void followUpsNeedASignedInCaller() {
        problem(Api.raw().get("/api/v1/follow-ups").then().statusCode(401));
        problem(Api.raw().get("/api/v1/follow-ups/progress").then().statusCode(401));
    }

    @Test
    void snoozingMovesTheDueTimeByWholeDaysAndReschedulingToThePastIsRefused() {
        connect();
        var task = api(requester.accessToken()).get("/api/v1/follow-ups").then().extract();
        String taskId = task.path("items[0].id");
        OffsetDateTime due = OffsetDateTime.parse(task.path("items[0].dueAt"));

        String snoozed = api(requester.accessToken()).body(Map.of("snoozeDays", 2)).patch("/api/v1/follow-ups/" + taskId)
                .then().statusCode(200).extract().path("dueAt");
        assertThat(OffsetDateTime.parse(snoozed).atZoneSameInstant(CHICAGO).toLocalTime()).isEqualTo(LocalTime.of(9, 0));
        assertThat(OffsetDateTime.parse(snoozed).atZoneSameInstant(CHICAGO).toLocalDate())
                .isEqualTo(due.atZoneSameInstant(CHICAGO).toLocalDate().plusDays(2));

        problem(api(requester.accessToken()).body(Map.of("dueAt", Events.iso(OffsetDateTime.now(ZoneOffset.UTC).minusDays(1))))
                .patch("/api/v1/follow-ups/" + taskId).then().statusCode(400)).body("errors[0].field", equalTo("dueAt"));
        String later = Events.iso(OffsetDateTime.now(ZoneOffset.UTC).plusDays(20).withNano(0));
        String rescheduled = api(requester.accessToken()).body(Map.of("dueAt", later)).patch("/api/v1/follow-ups/" + taskId)
                .then().statusCode(200).extract().path("dueAt");
        assertThat(OffsetDateTime.parse(rescheduled).toInstant()).isEqualTo(OffsetDateTime.parse(later).toInstant());
    }

    @Test
    void aClosedTaskCannotBeRescheduled() {
        connect();
        String taskId = firstTask(requester);
        api(requester.accessToken()).body(Map.of("status", "DONE")).patch("/api/v1/follow-ups/" + taskId).then().statusCode(200);

        problem(api(requester.accessToken()).body(Map.of("snoozeDays", 1)).patch("/api/v1/follow-ups/" + taskId).then().statusCode(409));
    }

    @Test
    void aRemovedTaskIsGoneFromThePlan() {
        connect();
        String taskId = firstTask(requester);

        api(requester.accessToken()).delete("/api/v1/follow-ups/" + taskId).then().statusCode(204);

        problem(api(requester.accessToken()).get("/api/v1/follow-ups/" + taskId).then().statusCode(404));
        api(requester.accessToken()).get("/api/v1/follow-ups").then().body("items", hasSize(5));
        api(requester.accessToken()).get("/api/v1/follow-ups/progress").then().body("items[0].total", equalTo(5));
    }

    @Test
    void anEmailTaskOffersADraftToTheAddressTheColleagueShows() {
        Profiles.save(recipient.accessToken(), Profiles.body(Map.of("fullName", "Dr. Ana Silva", "email", "ana.silva@example.org",
                "visibility", Profiles.allContacts("CONNECTIONS"))));
        Profiles.save(requester.accessToken(), Profiles.body(Map.of("fullName", "Dr. Ben Cole",
                "bio", "Cornea specialist at Lakeside. Twenty years in practice.")));
        connect();

        var draft = api(requester.accessToken()).queryParam("status", "OPEN").get("/api/v1/follow-ups").then().extract()
                .jsonPath().getMap("items.find { it.kind == 'EMAIL' }.emailDraft");
        assertThat(draft.get("to")).isEqualTo("ana.silva@example.org");
        assertThat((String) draft.get("body")).contains("Baltimore Eye & Vision Evening").contains("retinal detachment")
                .contains("Cornea specialist at Lakeside.").doesNotContain("Twenty years");
        assertThat((String) draft.get("mailto")).startsWith("mailto:ana.silva@example.org?subject=Great%20to%20meet%20you");
        api(requester.accessToken()).get("/api/v1/follow-ups").then()
                .body("items.findAll { it.kind != 'EMAIL' }.emailDraft", everyItem(nullValue()));
    }

    @Test
    void anEmailTaskHasNoDraftWhenTheColleagueHidesTheirAddress() {
        Profiles.save(recipient.accessToken(), Profiles.body(Map.of("visibility", Profiles.allContacts("ONLY_ME"))));
        connect();

        api(requester.accessToken()).get("/api/v1/follow-ups").then()
                .body("items.find { it.kind == 'EMAIL' }.emailDraft", nullValue());
    }

    @Test
    void theKindsAreListedInPlanOrder() {
        api(requester.accessToken()).get("/api/v1/follow-up-kinds").then().statusCode(200)
                .body("items.code", equalTo(List.of("SEND_CARD", "SEND_BIOGRAPHY", "SEND_REFERRAL_PADS", "EMAIL",
                        "CONNECT_LINKEDIN", "CALL", "CUSTOM")))
                .body("items.find { it.code == 'CUSTOM' }.needsTitle", equalTo(true));
    }

    private UUID connect() {
        UUID introduction = Introductions.request(requester.accessToken(), eventId, recipient.id());
        String connectionId = api(recipient.accessToken()).post("/api/v1/introductions/" + introduction + "/accept")
                .then().statusCode(200).extract().path("connectionId");
        return UUID.fromString(connectionId);
    }

    private static String firstTask(SignedIn owner) {
        return api(owner.accessToken()).get("/api/v1/follow-ups").then().statusCode(200).extract().path("items[0].id");
    }

    private static ValidatableResponse problem(ValidatableResponse response) {
        return response.contentType("application/problem+json");
    }
}
