package app.rounds.demo;

import static app.rounds.support.Api.api;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.UUID;
import java.util.stream.IntStream;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import app.rounds.support.Events;
import app.rounds.support.TestData;
import app.rounds.support.TestData.SignedIn;
import io.quarkus.test.junit.QuarkusTest;

/** The demo introductions pass every rule of the real services, so a fresh dev database always starts. */
@QuarkusTest
class DemoIntroductionsTest {

    @Inject
    DemoIntroductions demo;

    @Test
    void demoAttendeesFindIntroductionsInEveryStateAndScannedConnections() {
        SignedIn organizer = TestData.organizer();
        UUID boston = Events.published(organizer.accessToken(), 40);
        UUID montreal = Events.published(organizer.accessToken(), 10);
        List<SignedIn> greeters = seated(3, boston);
        List<SignedIn> bostonPhysicians = seated(6, boston);
        List<SignedIn> montrealPhysicians = seated(4, montreal);

        demo.seed(organizer.id(), boston, ids(greeters), ids(bostonPhysicians), montreal, ids(montrealPhysicians));

        List<String> amarasStatuses = api(greeters.get(0).accessToken()).get("/api/v1/introductions")
                .then().statusCode(200).extract().path("items.status");
        assertThat(amarasStatuses).contains("PENDING", "ACCEPTED");
        List<String> allStatuses = api(organizer.accessToken()).queryParam("eventId", boston).get("/api/v1/introductions")
                .then().statusCode(200).extract().path("items.status");
        assertThat(allStatuses).contains("PENDING", "ACCEPTED", "DECLINED");
        List<String> juliensOrigins = api(greeters.get(1).accessToken()).get("/api/v1/connections")
                .then().statusCode(200).extract().path("items.origin");
        assertThat(juliensOrigins).containsExactlyInAnyOrder("INTRODUCTION", "SCAN");
    }

    private static List<SignedIn> seated(int count, UUID eventId) {
        return IntStream.range(0, count).mapToObj(i -> {
            SignedIn attendee = TestData.attendee();
            Events.register(attendee.accessToken(), eventId);
            return attendee;
        }).toList();
    }

    private static List<UUID> ids(List<SignedIn> attendees) {
        return attendees.stream().map(SignedIn::id).toList();
    }
}
