package app.rounds.integration.changes;

import static app.rounds.support.Api.api;
import static app.rounds.support.Api.raw;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import javax.sql.DataSource;

import jakarta.inject.Inject;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import app.rounds.support.Events;
import app.rounds.support.IntegrationKeys;
import app.rounds.support.Introductions;
import app.rounds.support.Profiles;
import app.rounds.support.TestData;
import io.quarkus.test.junit.QuarkusTest;

@QuarkusTest
class ChangeFeedTest {

    @Inject
    DataSource dataSource;

    @Inject
    ChangeFeed feed;

    @Inject
    FeedCursors cursors;

    @Inject
    ChangeFeedLag lag;

    private String organizer;

    @BeforeEach
    void signIn() {
        organizer = TestData.organizer().accessToken();
    }

    @Test
    void aTransactionCommittingLateAppearsAfterItsCommitExactlyOnceAndNothingIsSkipped() throws Exception {
        UUID heldEvent = Events.published(organizer, 10);
        String start = end();
        List<Map<String, Object>> seen = new ArrayList<>();
        List<UUID> committedMeanwhile = new ArrayList<>();
        try (Connection late = dataSource.getConnection()) {
            late.setAutoCommit(false);
            try (PreparedStatement update = late.prepareStatement("UPDATE event SET title = title || ' (late)' WHERE id = ?")) {
                update.setObject(1, heldEvent);
                update.executeUpdate();
            }
            String cursor = start;
            for (int i = 0; i < 3; i++) {
                committedMeanwhile.add(Events.published(organizer, 10));
                cursor = pollInto(cursor, seen);
            }
            assertThat(seen).as("while an older transaction is open, nothing after it is shown")
                    .noneMatch(change -> committedMeanwhile.contains(UUID.fromString((String) change.get("objectId")))
                            || heldEvent.toString().equals(change.get("objectId")));
            late.commit();
            String[] next = {cursor};
            await().atMost(Duration.ofSeconds(20)).until(() -> {
                next[0] = pollInto(next[0], seen);
                return committedMeanwhile.stream().allMatch(id -> count(seen, "event.created", id) == 1)
                        && count(seen, "event.updated", heldEvent) == 1;
            });
            for (int i = 0; i < 3; i++) {
                next[0] = pollInto(next[0], seen);
            }
        }
        assertThat(count(seen, "event.updated", heldEvent)).isEqualTo(1);
        committedMeanwhile.forEach(id -> assertThat(count(seen, "event.created", id)).isEqualTo(1));
        Set<Object> positions = new HashSet<>();
        seen.forEach(change -> assertThat(positions.add(change.get("cursor"))).as("a change shown twice").isTrue());
        int late = indexOf(seen, "event.updated", heldEvent);
        committedMeanwhile.forEach(id -> assertThat(indexOf(seen, "event.created", id))
                .as("the late transaction started first, so it comes first").isGreaterThan(late));
    }

    @Test
    void changesOfEveryKindAreListedWithDeletionsAsTombstones() {
        var host = TestData.attendee();
        var guest = TestData.attendee();
        String start = end();
        Profiles.save(host.accessToken(), Profiles.body());
        UUID eventId = Events.published(organizer, 10);
        UUID registrationId = Events.register(host.accessToken(), eventId);
        Events.register(guest.accessToken(), eventId);
        UUID introductionId = Introductions.request(host.accessToken(), eventId, guest.id());
        Introductions.connectByScan(guest.accessToken(), host.accessToken(), eventId);
        String taskId = api(host.accessToken()).queryParam("eventId", eventId).get("/api/v1/follow-ups")
                .then().statusCode(200).extract().path("items[0].id");
        api(host.accessToken()).delete("/api/v1/follow-ups/" + taskId).then().statusCode(204);

        List<Map<String, Object>> seen = new ArrayList<>();
        await().atMost(Duration.ofSeconds(20)).until(() -> {
            pollAllInto(start, seen);
            return count(seen, "follow_up_task.deleted", UUID.fromString(taskId)) == 1;
        });
        assertThat(count(seen, "event.created", eventId)).isEqualTo(1);
        assertThat(count(seen, "registration.created", registrationId)).isEqualTo(1);
        assertThat(count(seen, "introduction.created", introductionId)).isEqualTo(1);
        assertThat(count(seen, "follow_up_task.created", UUID.fromString(taskId))).isEqualTo(1);
        assertThat(count(seen, "profile.created", host.id()) + count(seen, "profile.updated", host.id())).isPositive();
    }

    @Test
    void anAudienceSeesOnlyTheKindsItsScopesAllow() {
        var attendee = TestData.attendee();
        FeedPosition start = cursors.decode(end(), "after");
        UUID eventId = Events.published(organizer, 10);
        Profiles.save(attendee.accessToken(), Profiles.body());

        await().atMost(Duration.ofSeconds(20)).until(() -> feed.after(start, 1000, ChangeAudience.everything()).changes().stream()
                .anyMatch(change -> change.objectId().equals(attendee.id())));
        var eventsOnly = feed.after(start, 1000, ChangeAudience.ofScopes(Set.of("events:read"))).changes();
        assertThat(eventsOnly).extracting(ChangeFeed.Change::kind).containsOnly(ChangeKind.EVENT);
        assertThat(eventsOnly).extracting(ChangeFeed.Change::objectId).contains(eventId);
        var profiles = feed.after(start, 1000, ChangeAudience.ofScopes(Set.of("attendees:read"))).changes();
        assertThat(profiles).extracting(ChangeFeed.Change::kind).containsOnly(ChangeKind.PROFILE);
        assertThat(profiles).extracting(ChangeFeed.Change::objectId).contains(attendee.id());
        assertThat(feed.after(start, 1000, ChangeAudience.ofScopes(Set.of("followups:write"))).changes()).isEmpty();
    }

    @Test
    void aKeySeesOnlyTheKindsItsReadScopesOpen() {
        var attendee = TestData.attendee();
        var eventsReader = IntegrationKeys.issue(organizer, "events:read");
        var writerOnly = IntegrationKeys.issue(organizer, "followups:write");
        String start = end();
        UUID eventId = Events.published(organizer, 10);
        Profiles.save(attendee.accessToken(), Profiles.body());

        List<Map<String, Object>> seen = await().atMost(Duration.ofSeconds(20)).until(() -> api(eventsReader.key())
                .queryParam("after", start).queryParam("limit", 1000).get("/api/v1/changes")
                .then().statusCode(200).extract().<List<Map<String, Object>>>path("items"),
                items -> items.stream().anyMatch(change -> eventId.toString().equals(change.get("objectId"))));
        assertThat(seen).extracting(change -> change.get("kind")).containsOnly("event");
        api(writerOnly.key()).queryParam("after", start).get("/api/v1/changes")
                .then().statusCode(200).body("items", org.hamcrest.Matchers.empty());
    }

    @Test
    void aCursorFromNowhereOrFromAnotherListIsRefused() {
        api(organizer).queryParam("after", "MTIzOjQ1.bm90LXNpZ25lZA").get("/api/v1/changes")
                .then().statusCode(400).body("errors.field", hasItem("after"));
        Events.published(organizer, 10);
        Events.published(organizer, 10);
        String eventsCursor = api(organizer).queryParam("limit", 1).get("/api/v1/events")
                .then().statusCode(200).extract().path("nextCursor");
        assertThat(eventsCursor).isNotNull();
        api(organizer).queryParam("after", eventsCursor).get("/api/v1/changes")
                .then().statusCode(400).body("errors.field", hasItem("after"));
        String feedCursor = end();
        api(organizer).queryParam("cursor", feedCursor).get("/api/v1/events")
                .then().statusCode(400).body("errors.field", hasItem("cursor"));
    }

    @Test
    void onlyOrganizersReadTheFeed() {
        api(TestData.attendee().accessToken()).get("/api/v1/changes").then().statusCode(403);
        raw().get("/api/v1/changes").then().statusCode(401);
    }

    @Test
    void anEmptyPollKeepsTheCursorAndTheLagIsMeasured() {
        String cursor = end();
        api(organizer).queryParam("after", cursor).get("/api/v1/changes")
                .then().statusCode(200).body("hasMore", equalTo(false));
        assertThat(lag.seconds()).isGreaterThanOrEqualTo(0.0);
        String metrics = io.restassured.RestAssured.given().get("/q/metrics").then().statusCode(200).extract().asString();
        assertThat(metrics).contains("rounds_changes_lag_seconds");
    }

    /** The cursor after everything final now. */
    private String end() {
        List<Map<String, Object>> ignored = new ArrayList<>();
        return pollAllInto(null, ignored);
    }

    private String pollAllInto(String from, List<Map<String, Object>> seen) {
        seen.clear();
        String cursor = from;
        boolean more = true;
        while (more) {
            var request = api(organizer).queryParam("limit", 1000);
            var page = (cursor == null ? request : request.queryParam("after", cursor)).get("/api/v1/changes").then().statusCode(200).extract();
            seen.addAll(page.path("items"));
            cursor = page.path("nextCursor");
            more = page.path("hasMore");
        }
        return cursor;
    }

    private String pollInto(String from, List<Map<String, Object>> seen) {
        List<Map<String, Object>> page = new ArrayList<>();
        String next = pollAllInto(from, page);
        seen.addAll(page);
        return next;
    }

    private static long count(List<Map<String, Object>> seen, String type, UUID objectId) {
        return seen.stream().filter(change -> type.equals(change.get("type")) && objectId.toString().equals(change.get("objectId")))
                .count();
    }

    private static int indexOf(List<Map<String, Object>> seen, String type, UUID objectId) {
        for (int i = 0; i < seen.size(); i++) {
            if (type.equals(seen.get(i).get("type")) && objectId.toString().equals(seen.get(i).get("objectId"))) {
                return i;
            }
        }
        return -1;
    }
}
