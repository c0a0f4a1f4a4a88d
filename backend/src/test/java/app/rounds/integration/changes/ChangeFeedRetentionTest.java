package app.rounds.integration.changes;

import static app.rounds.support.Api.api;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import org.junit.jupiter.api.Test;

import app.rounds.retention.RetentionJob;
import app.rounds.support.Events;
import app.rounds.support.TestData;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;

/** Old changes are swept; a cursor that pointed before them is told to resync instead of silently skipping them. */
@QuarkusTest
class ChangeFeedRetentionTest {

    @Inject
    EntityManager entityManager;
    @Inject
    RetentionJob retention;

    @Test
    void changesPastTheRetentionAreDeletedAndACursorBeforeThemIsGone() {
        String organizer = TestData.organizer().accessToken();
        String before = end(organizer);
        UUID old = Events.published(organizer, 10);
        UUID recent = Events.published(organizer, 10);
        sql("UPDATE change_log SET changed_at = now() - interval '31 days' WHERE object_id = '" + old + "'");

        // Only final rows are swept: a transaction open elsewhere at that moment holds them back for the next sweep.
        await().atMost(Duration.ofSeconds(10)).until(() -> {
            retention.deleteExpiredInBatches();
            return count("SELECT count(*) FROM change_log WHERE object_id = '" + old + "'") == 0;
        });
        assertThat(count("SELECT count(*) FROM change_log WHERE object_id = '" + recent + "'")).isPositive();
        api(organizer).queryParam("after", before).get("/api/v1/changes").then().statusCode(410)
                .contentType("application/problem+json")
                .body("type", equalTo("https://rounds.app/problems/expired"))
                .body("detail", containsString("Resync"));
        List<Map<String, Object>> fromTheStart = new ArrayList<>();
        end(organizer, fromTheStart);
        assertThat(fromTheStart).as("the feed now begins after what was deleted")
                .noneMatch(change -> old.toString().equals(change.get("objectId")))
                .anyMatch(change -> recent.toString().equals(change.get("objectId")));
    }

    private static String end(String organizer) {
        return end(organizer, new ArrayList<>());
    }

    private static String end(String organizer, List<Map<String, Object>> seen) {
        String cursor = null;
        boolean more = true;
        while (more) {
            var request = api(organizer).queryParam("limit", 1000);
            var page = (cursor == null ? request : request.queryParam("after", cursor)).get("/api/v1/changes")
                    .then().statusCode(200).extract();
            seen.addAll(page.path("items"));
            cursor = page.path("nextCursor");
            more = page.path("hasMore");
        }
        return cursor;
    }

    private long count(String query) {
        return QuarkusTransaction.requiringNew().call(() -> ((Number) entityManager.createNativeQuery(query).getSingleResult())
                .longValue());
    }

    private void sql(String statement) {
        QuarkusTransaction.requiringNew().run(() -> entityManager.createNativeQuery(statement).executeUpdate());
    }
}
