package app.rounds.introduction;

import static app.rounds.support.Api.api;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.Test;

import app.rounds.support.Events;
import app.rounds.support.TestData;
import app.rounds.support.TestData.SignedIn;
import io.quarkus.test.junit.QuarkusTest;

/** "Never a duplicated introduction", proven with real concurrent requests against the real database. */
@QuarkusTest
class IntroductionConcurrencyTest {

    private static final int REQUESTS = 40;

    @Test
    void concurrentRequestsBetweenTwoPeopleInBothDirectionsMakeExactlyOneIntroduction() throws Exception {
        var organizer = TestData.organizer();
        UUID eventId = Events.published(organizer.accessToken(), 10);
        SignedIn one = TestData.attendee();
        SignedIn other = TestData.attendee();
        Events.register(one.accessToken(), eventId);
        Events.register(other.accessToken(), eventId);

        List<Callable<Integer>> requests = new ArrayList<>();
        for (int i = 0; i < REQUESTS; i++) {
            SignedIn from = i % 2 == 0 ? one : other;
            SignedIn to = i % 2 == 0 ? other : one;
            requests.add(() -> api(from.accessToken())
                    .body(Map.of("eventId", eventId, "recipientId", to.id(), "reason", "Same referral network"))
                    .post("/api/v1/introductions").statusCode());
        }
        List<Integer> statuses = fireAtOnce(requests);

        assertThat(statuses).hasSize(REQUESTS).allMatch(status -> status == 201 || status == 409);
        assertThat(statuses).filteredOn(status -> status == 201).hasSize(1);
        int listed = api(one.accessToken()).queryParam("eventId", eventId).get("/api/v1/introductions")
                .then().statusCode(200).extract().path("items.size()");
        assertThat(listed).isEqualTo(1);
    }

    @Test
    void concurrentRequestsToManyPeopleNeverExceedTheCap() throws Exception {
        var organizer = TestData.organizer();
        UUID eventId = Events.published(organizer.accessToken(), 30, Map.of("openRequestLimit", 3));
        SignedIn requester = TestData.attendee();
        Events.register(requester.accessToken(), eventId);
        List<Callable<Integer>> requests = new ArrayList<>();
        for (int i = 0; i < 12; i++) {
            SignedIn recipient = TestData.attendee();
            Events.register(recipient.accessToken(), eventId);
            requests.add(() -> api(requester.accessToken())
                    .body(Map.of("eventId", eventId, "recipientId", recipient.id(), "reason", "Same referral network"))
                    .post("/api/v1/introductions").statusCode());
        }

        List<Integer> statuses = fireAtOnce(requests);

        assertThat(statuses).filteredOn(status -> status == 201).hasSize(3);
        assertThat(statuses).filteredOn(status -> status != 201).allMatch(status -> status == 409);
    }

    private static List<Integer> fireAtOnce(List<Callable<Integer>> calls) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(calls.size());
        try {
            CountDownLatch start = new CountDownLatch(1);
            List<Future<Integer>> futures = new ArrayList<>();
            for (Callable<Integer> call : calls) {
                futures.add(pool.submit(() -> {
                    start.await();
                    return call.call();
                }));
            }
            start.countDown();
            List<Integer> results = new ArrayList<>();
            for (Future<Integer> future : futures) {
                results.add(future.get());
            }
            return results;
        } finally {
            pool.shutdownNow();
        }
    }
}
