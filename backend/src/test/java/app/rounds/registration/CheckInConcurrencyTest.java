package app.rounds.registration;

import static app.rounds.support.Api.api;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;

import app.rounds.support.Concurrently;
import app.rounds.support.Events;
import app.rounds.support.TestData;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;

/** Races on one registration are decided under the event's lock: one winner, the others told, never a 500. */
@QuarkusTest
class CheckInConcurrencyTest {

    @Test
    void doorStaffScanningOneTicketAtOnceCheckItInOnce() throws Exception {
        var organizer = TestData.organizer();
        UUID eventId = Events.published(organizer.accessToken(), 5);
        String ticket = api(TestData.attendee().accessToken()).post("/api/v1/events/" + eventId + "/registrations")
                .then().statusCode(201).extract().path("ticketToken");

        List<Response> answers = Concurrently.fireAtOnce(IntStream.range(0, 12).mapToObj(i -> (Callable<Response>) () ->
                api(organizer.accessToken()).body(Map.of("ticketToken", ticket)).post("/api/v1/events/" + eventId + "/check-ins")
        ).toList());

        assertThat(answers).extracting(Response::statusCode).containsOnly(200);
        assertThat(answers).extracting(answer -> answer.<Boolean>path("alreadyCheckedIn")).containsOnlyOnce(false);
    }

    @Test
    void registeringAgainFromManyTabsAtOnceRenewsTheCancelledRegistrationOnce() throws Exception {
        UUID eventId = Events.published(TestData.organizer().accessToken(), 5);
        var attendee = TestData.attendee();
        UUID registration = Events.register(attendee.accessToken(), eventId);
        api(attendee.accessToken()).delete("/api/v1/events/" + eventId + "/registrations/" + registration).then().statusCode(200);

        List<Integer> statuses = Concurrently.fireAtOnce(IntStream.range(0, 12).mapToObj(i -> (Callable<Integer>) () ->
                api(attendee.accessToken()).post("/api/v1/events/" + eventId + "/registrations").statusCode()).toList());

        assertThat(statuses).containsOnlyOnce(201).containsOnly(200, 201);
        api(attendee.accessToken()).get("/api/v1/events/" + eventId).then()
                .body("registeredCount", org.hamcrest.Matchers.equalTo(1));
    }
}
