package app.rounds.common.idempotency;

import static app.rounds.support.Api.api;
import static app.rounds.support.Api.raw;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

import java.time.Duration;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import org.junit.jupiter.api.Test;

import app.rounds.retention.RetentionJob;
import app.rounds.support.Events;
import app.rounds.support.TestData;
import app.rounds.support.TestData.SignedIn;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ExtractableResponse;
import io.restassured.response.Response;

/** Idempotency-Key on POST: retries get the first answer, misuse is refused, and keys belong to their caller. */
@QuarkusTest
class IdempotencyKeyTest {

    @Inject
    EntityManager entityManager;
    @Inject
    RetentionJob retention;

    @Test
    void aRetryWithTheSameKeyAndBodyGetsTheFirstAnswerAndCreatesOnce() {
        SignedIn organizer = TestData.organizer();
        String title = "Idempotent evening " + UUID.randomUUID();
        Map<String, Object> body = Events.body(20, Map.of("title", title));
        String key = UUID.randomUUID().toString();

        var first = createEvent(organizer, key, body).statusCode(201).extract();
        var retry = createEvent(organizer, key, body).statusCode(201)
                .header(IdempotencyFilter.REPLAYED_HEADER, "true")
                .header("Location", first.header("Location"))
                .extract();

        assertThat(retry.<String>path("id")).isEqualTo(first.path("id"));
        assertThat(retry.asString()).isEqualTo(first.asString());
        assertThat(eventsTitled(title)).isEqualTo(1);
    }

    @Test
    void theSameKeyWithAnotherBodyIsRefused() {
        SignedIn organizer = TestData.organizer();
        String key = UUID.randomUUID().toString();
        String title = "First use " + UUID.randomUUID();
        createEvent(organizer, key, Events.body(20, Map.of("title", title))).statusCode(201);

        createEvent(organizer, key, Events.body(20, Map.of("title", "Another body"))).statusCode(422)
                .contentType("application/problem+json")
                .body("type", equalTo("https://rounds.app/problems/idempotency-key-reused"))
                .body("detail", containsString("different request"));
        // The same key on another path is another request too.
        api(organizer.accessToken()).header(IdempotencyFilter.HEADER, key)
                .post("/api/v1/events/" + UUID.randomUUID() + "/publish").then().statusCode(422);
        assertThat(eventsTitled(title)).isEqualTo(1);
    }

    @Test
    void aRetryWhileTheFirstIsStillRunningIsAConflictThenGetsTheFirstAnswer() throws Exception {
        SignedIn organizer = TestData.organizer();
        UUID eventId = Events.draft(organizer.accessToken(), 20, Map.of());
        String key = UUID.randomUUID().toString();
        CountDownLatch locked = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        // Publishing takes the event's row lock: holding it keeps the first request in flight after it claimed the key.
        CompletableFuture<Void> lock = CompletableFuture.runAsync(() -> QuarkusTransaction.requiringNew().run(() -> {
            entityManager.createNativeQuery("SELECT id FROM event WHERE id = :id FOR UPDATE").setParameter("id", eventId)
                    .getResultList();
            locked.countDown();
            try {
                release.await(20, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }));
        try {
            assertThat(locked.await(10, TimeUnit.SECONDS)).isTrue();
            CompletableFuture<ExtractableResponse<Response>> first = CompletableFuture.supplyAsync(() -> publish(organizer, key, eventId)
                    .extract());
            await().atMost(Duration.ofSeconds(10)).until(() -> claims(organizer, key) == 1);

            publish(organizer, key, eventId).statusCode(409).contentType("application/problem+json")
                    .body("detail", containsString("still being processed"));

            release.countDown();
            assertThat(first.get(10, TimeUnit.SECONDS).statusCode()).isEqualTo(200);
        } finally {
            release.countDown();
            lock.get(10, TimeUnit.SECONDS);
        }
        publish(organizer, key, eventId).statusCode(200).header(IdempotencyFilter.REPLAYED_HEADER, "true")
                .body("status", equalTo("PUBLISHED"));
    }

    @Test
    void twoCallersUsingTheSameKeyDoNotCollide() {
        SignedIn organizer = TestData.organizer();
        SignedIn one = TestData.attendee();
        SignedIn other = TestData.attendee();
        UUID eventId = Events.published(organizer.accessToken(), 20);
        String key = UUID.randomUUID().toString();

        String firstId = register(one, key, eventId).statusCode(201).extract().path("id");
        String secondId = register(other, key, eventId).statusCode(201)
                .header(IdempotencyFilter.REPLAYED_HEADER, nullValue()).extract().path("id");

        assertThat(secondId).isNotEqualTo(firstId);
        register(one, key, eventId).statusCode(201).header(IdempotencyFilter.REPLAYED_HEADER, "true")
                .body("id", equalTo(firstId));
    }

    @Test
    void aClientErrorIsReplayed() {
        SignedIn organizer = TestData.organizer();
        String key = UUID.randomUUID().toString();
        Map<String, Object> invalid = Events.body(0, Map.of());

        createEventRaw(organizer, key, invalid).statusCode(400).header(IdempotencyFilter.REPLAYED_HEADER, nullValue());
        createEventRaw(organizer, key, invalid).statusCode(400).header(IdempotencyFilter.REPLAYED_HEADER, "true")
                .contentType("application/problem+json")
                .body("errors[0].field", equalTo("capacity"));
    }

    @Test
    void aServerErrorIsNotKeptSoTheRetryRunsAgain() {
        SignedIn organizer = TestData.organizer();
        String title = "Failing once " + UUID.randomUUID();
        Map<String, Object> body = Events.body(20, Map.of("title", title));
        String key = UUID.randomUUID().toString();
        // A real failure of the database for this one title: the insert raises, the service answers 500.
        sql("CREATE FUNCTION refuse_test_event() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN"
                + " IF NEW.title = '" + title + "' THEN RAISE EXCEPTION 'refused by the test'; END IF; RETURN NEW; END $$");
        sql("CREATE TRIGGER refuse_test_event BEFORE INSERT ON event FOR EACH ROW EXECUTE FUNCTION refuse_test_event()");
        try {
            createEventRaw(organizer, key, body).statusCode(500);
        } finally {
            sql("DROP TRIGGER refuse_test_event ON event");
            sql("DROP FUNCTION refuse_test_event()");
        }
        assertThat(claims(organizer, key)).isZero();

        createEvent(organizer, key, body).statusCode(201).header(IdempotencyFilter.REPLAYED_HEADER, nullValue());
        assertThat(eventsTitled(title)).isEqualTo(1);
    }

    @Test
    void aMalformedKeyIsRefusedNamingTheHeader() {
        SignedIn organizer = TestData.organizer();
        createEventRaw(organizer, "x".repeat(256), Events.body(20, Map.of())).statusCode(400)
                .contentType("application/problem+json")
                .body("errors[0].field", equalTo("Idempotency-Key"));
    }

    @Test
    void keysAreKeptADayThenSwept() {
        SignedIn organizer = TestData.organizer();
        String kept = UUID.randomUUID().toString();
        String old = UUID.randomUUID().toString();
        createEvent(organizer, kept, Events.body(20, Map.of())).statusCode(201);
        createEvent(organizer, old, Events.body(20, Map.of())).statusCode(201);
        QuarkusTransaction.requiringNew().run(() -> entityManager.createNativeQuery(
                        "UPDATE idempotency_record SET expires_at = now() - interval '1 second' WHERE idempotency_key = :key")
                .setParameter("key", old).executeUpdate());
        assertThat(QuarkusTransaction.requiringNew().call(() -> ((Number) entityManager.createNativeQuery(
                "SELECT extract(epoch FROM expires_at - claimed_at) FROM idempotency_record WHERE idempotency_key = :key")
                .setParameter("key", kept).getSingleResult()).longValue())).isGreaterThanOrEqualTo(Duration.ofDays(1).toSeconds());

        retention.deleteExpiredInBatches();

        assertThat(claims(organizer, kept)).isEqualTo(1);
        assertThat(claims(organizer, old)).isZero();
    }

    private static io.restassured.response.ValidatableResponse createEvent(SignedIn organizer, String key, Map<String, Object> body) {
        return api(organizer.accessToken()).header(IdempotencyFilter.HEADER, key).body(body).post("/api/v1/events").then();
    }

    private static io.restassured.response.ValidatableResponse register(SignedIn attendee, String key, UUID eventId) {
        return api(attendee.accessToken()).header(IdempotencyFilter.HEADER, key)
                .post("/api/v1/events/" + eventId + "/registrations").then();
    }

    /** Outside the contract on purpose (an invalid body, a too-long key, a 500): not validated against it. */
    private static io.restassured.response.ValidatableResponse createEventRaw(SignedIn organizer, String key, Object body) {
        return raw().header("Authorization", "Bearer " + organizer.accessToken()).header(IdempotencyFilter.HEADER, key)
                .contentType("application/json").body(body).post("/api/v1/events").then();
    }

    private static io.restassured.response.ValidatableResponse publish(SignedIn organizer, String key, UUID eventId) {
        return api(organizer.accessToken()).header(IdempotencyFilter.HEADER, key)
                .post("/api/v1/events/" + eventId + "/publish").then();
    }

    private long eventsTitled(String title) {
        return QuarkusTransaction.requiringNew().call(() -> ((Number) entityManager
                .createNativeQuery("SELECT count(*) FROM event WHERE title = :title").setParameter("title", title)
                .getSingleResult()).longValue());
    }

    private long claims(SignedIn caller, String key) {
        return QuarkusTransaction.requiringNew().call(() -> ((Number) entityManager.createNativeQuery(
                        "SELECT count(*) FROM idempotency_record WHERE caller = :caller AND idempotency_key = :key")
                .setParameter("caller", "account:" + caller.id()).setParameter("key", key)
                .getSingleResult()).longValue());
    }

    private void sql(String statement) {
        QuarkusTransaction.requiringNew().run(() -> entityManager.createNativeQuery(statement).executeUpdate());
    }
}
