package app.rounds.registration;

import static app.rounds.support.Api.api;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;

import app.rounds.support.Events;
import app.rounds.support.TestData;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;

/** "Never more registered than capacity, under any concurrency", proven with real concurrent requests. */
@QuarkusTest
class RegistrationConcurrencyTest {

    private static final int SEATS = 20;

    @Test
    void twoHundredConcurrentRegistrationsFillTwentySeatsAndQueueTheRest() throws Exception {
        var organizer = TestData.organizer();
        UUID eventId = Events.published(organizer.accessToken(), SEATS);
        List<TestData.SignedIn> attendees = IntStream.range(0, 200).mapToObj(i -> TestData.attendee()).toList();

        List<Integer> statuses = fireAtOnce(attendees.stream().map(attendee -> (Callable<Integer>) () ->
                api(attendee.accessToken()).post("/api/v1/events/" + eventId + "/registrations").statusCode()).toList());

        assertThat(statuses).hasSize(200).allMatch(status -> status == 201);
        List<JsonPath> registrations = allRegistrations(organizer.accessToken(), eventId);
        assertThat(registrations).filteredOn(r -> r.getString("status").equals("REGISTERED")).hasSize(SEATS);
        List<JsonPath> waitlisted = registrations.stream().filter(r -> r.getString("status").equals("WAITLISTED")).toList();
        assertThat(waitlisted).hasSize(180);
        assertThat(waitlisted).extracting(r -> r.getInt("waitlistPosition")).containsExactlyElementsOf(IntStream.rangeClosed(1, 180).boxed().toList());
        // Decisions are taken one at a time under the event's lock, and each registration is stamped then:
        // the waitlist order is the order in which the requests got their turn, and every seat went first.
        assertThat(waitlisted).extracting(r -> java.time.OffsetDateTime.parse(r.getString("createdAt")))
                .isSortedAccordingTo(Comparator.naturalOrder());
        var lastSeatTaken = registrations.stream().filter(r -> r.getString("status").equals("REGISTERED"))
                .map(r -> java.time.OffsetDateTime.parse(r.getString("createdAt"))).max(Comparator.naturalOrder()).orElseThrow();
        assertThat(java.time.OffsetDateTime.parse(waitlisted.get(0).getString("createdAt"))).isAfterOrEqualTo(lastSeatTaken);
        api(organizer.accessToken()).get("/api/v1/events/" + eventId).then()
                .body("registeredCount", org.hamcrest.Matchers.equalTo(SEATS))
                .body("waitlistCount", org.hamcrest.Matchers.equalTo(180));
    }

    @Test
    void concurrentCancellationsAndRegistrationsNeverOverfill() throws Exception {
        var organizer = TestData.organizer();
        UUID eventId = Events.published(organizer.accessToken(), SEATS);
        List<TestData.SignedIn> seated = new ArrayList<>();
        List<UUID> seatedRegistrations = new ArrayList<>();
        for (int i = 0; i < SEATS; i++) {
            var attendee = TestData.attendee();
            seated.add(attendee);
            seatedRegistrations.add(Events.register(attendee.accessToken(), eventId));
        }
        List<TestData.SignedIn> newcomers = IntStream.range(0, 60).mapToObj(i -> TestData.attendee()).toList();

        List<Callable<Integer>> work = new ArrayList<>();
        for (int i = 0; i < 15; i++) {
            var attendee = seated.get(i);
            UUID registration = seatedRegistrations.get(i);
            work.add(() -> api(attendee.accessToken()).delete("/api/v1/events/" + eventId + "/registrations/" + registration).statusCode());
        }
        newcomers.forEach(attendee -> work.add(() ->
                api(attendee.accessToken()).post("/api/v1/events/" + eventId + "/registrations").statusCode()));
        List<Integer> statuses = fireAtOnce(work);

        assertThat(statuses).allMatch(status -> status == 200 || status == 201);
        List<JsonPath> registrations = allRegistrations(organizer.accessToken(), eventId);
        long registered = registrations.stream().filter(r -> r.getString("status").equals("REGISTERED")).count();
        long waitlisted = registrations.stream().filter(r -> r.getString("status").equals("WAITLISTED")).count();
        assertThat(registered).isEqualTo(SEATS);
        assertThat(waitlisted).isEqualTo(SEATS + 60 - 15 - SEATS);
        api(organizer.accessToken()).get("/api/v1/events/" + eventId).then()
                .body("registeredCount", org.hamcrest.Matchers.equalTo((int) registered))
                .body("waitlistCount", org.hamcrest.Matchers.equalTo((int) waitlisted));
    }

    private static List<Integer> fireAtOnce(List<Callable<Integer>> requests) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(64);
        try {
            CountDownLatch start = new CountDownLatch(1);
            List<Future<Integer>> futures = new ArrayList<>();
            for (Callable<Integer> request : requests) {
                futures.add(pool.submit(() -> {
                    start.await();
                    return request.call();
                }));
            }
            start.countDown();
            List<Integer> statuses = new ArrayList<>();
            for (Future<Integer> future : futures) {
                statuses.add(future.get());
            }
            return statuses;
        } finally {
            pool.shutdownNow();
        }
    }

    private static List<JsonPath> allRegistrations(String organizerToken, UUID eventId) {
        List<JsonPath> all = new ArrayList<>();
        for (String status : List.of("REGISTERED", "WAITLISTED")) {
            String cursor = null;
            do {
                var request = api(organizerToken).queryParam("status", status).queryParam("limit", 100);
                if (cursor != null) {
                    request.queryParam("cursor", cursor);
                }
                JsonPath page = request.get("/api/v1/events/" + eventId + "/registrations").then().statusCode(200).extract().jsonPath();
                List<Object> items = page.getList("items");
                for (int i = 0; i < items.size(); i++) {
                    all.add(JsonPath.from(page.prettify()).setRootPath("items[" + i + "]"));
                }
                cursor = page.getString("nextCursor");
            } while (cursor != null);
        }
        return all;
    }
}
