package app.rounds.notification;

import static app.rounds.support.Api.api;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;

import java.util.UUID;

import org.junit.jupiter.api.Test;

import app.rounds.support.Events;
import app.rounds.support.TestData;
import io.quarkus.test.junit.QuarkusTest;

@QuarkusTest
class NotificationResourceTest {

    @Test
    void anAttendeeReadsAndMarksOnlyTheirOwnNotifications() {
        var organizer = TestData.organizer();
        UUID eventId = Events.published(organizer.accessToken(), 5);
        var attendee = TestData.attendee();
        Events.register(attendee.accessToken(), eventId);
        api(organizer.accessToken()).post("/api/v1/events/" + eventId + "/cancel").then().statusCode(200);

        String notificationId = api(attendee.accessToken()).get("/api/v1/me/notifications")
                .then().statusCode(200).body("items[0].kind", equalTo("EVENT_CANCELLED"))
                .body("items[0].eventId", equalTo(eventId.toString())).extract().path("items[0].id");

        var stranger = TestData.attendee();
        api(stranger.accessToken()).get("/api/v1/me/notifications").then().statusCode(200).body("items.size()", equalTo(0));
        api(stranger.accessToken()).post("/api/v1/me/notifications/" + notificationId + "/read").then().statusCode(404);

        api(attendee.accessToken()).post("/api/v1/me/notifications/" + notificationId + "/read")
                .then().statusCode(200).body("readAt", notNullValue());
    }
}
