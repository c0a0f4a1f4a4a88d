package app.rounds.notification;

import static app.rounds.support.Api.api;
import static app.rounds.support.Api.raw;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.startsWith;
import java.util.Map;
import static org.hamcrest.Matchers.notNullValue;

import java.util.UUID;

import org.junit.jupiter.api.Test;

import app.rounds.support.Events;
import app.rounds.support.Introductions;
import app.rounds.support.Profiles;
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

    @Test
    void anIntroductionRequestNamesTheRequesterAndLinksToTheIntroduction() {
        var organizer = TestData.organizer();
        UUID eventId = Events.published(organizer.accessToken(), 5);
        var requester = TestData.attendee();
        var recipient = TestData.attendee();
        Profiles.save(requester.accessToken(), Profiles.body(Map.of("fullName", "Dr. Noor Haddad")));
        Events.register(requester.accessToken(), eventId);
        Events.register(recipient.accessToken(), eventId);

        UUID introductionId = Introductions.request(requester.accessToken(), eventId, recipient.id());

        api(recipient.accessToken()).get("/api/v1/me/notifications").then().statusCode(200)
                .body("items[0].kind", equalTo("INTRODUCTION_REQUESTED"))
                .body("items[0].message", startsWith("Dr. Noor Haddad would like to meet you"))
                .body("items[0].personName", equalTo("Dr. Noor Haddad"))
                .body("items[0].personId", equalTo(requester.id().toString()))
                .body("items[0].introductionId", equalTo(introductionId.toString()))
                .body("unreadCount", equalTo(1));
    }

    @Test
    void anAcceptedIntroductionLinksBothPartiesToTheirConnection() {
        var organizer = TestData.organizer();
        UUID eventId = Events.published(organizer.accessToken(), 5);
        var requester = TestData.attendee();
        var recipient = TestData.attendee();
        Events.register(requester.accessToken(), eventId);
        Events.register(recipient.accessToken(), eventId);
        UUID introductionId = Introductions.request(requester.accessToken(), eventId, recipient.id());

        api(recipient.accessToken()).post("/api/v1/introductions/" + introductionId + "/accept")
                .then().statusCode(200);

        String connectionId = api(recipient.accessToken()).get("/api/v1/connections").then().statusCode(200)
                .extract().path("items[0].id");
        api(requester.accessToken()).get("/api/v1/me/notifications").then().statusCode(200)
                .body("items[0].kind", equalTo("INTRODUCTION_ACCEPTED"))
                .body("items[0].personId", equalTo(recipient.id().toString()))
                .body("items[0].introductionId", equalTo(introductionId.toString()))
                .body("items[0].connectionId", equalTo(connectionId));
    }

    @Test
    void aScanNamesTheScannerAndLinksToTheConnection() {
        var organizer = TestData.organizer();
        UUID eventId = Events.published(organizer.accessToken(), 5);
        var owner = TestData.attendee();
        var scanner = TestData.attendee();
        Profiles.save(scanner.accessToken(), Profiles.body(Map.of("fullName", "Dr. Ines Alvarez")));
        Events.register(owner.accessToken(), eventId);
        Events.register(scanner.accessToken(), eventId);

        UUID connectionId = Introductions.connectByScan(scanner.accessToken(), owner.accessToken(), eventId);

        api(owner.accessToken()).get("/api/v1/me/notifications").then().statusCode(200)
                .body("items[0].kind", equalTo("CONNECTED"))
                .body("items[0].message", startsWith("Dr. Ines Alvarez scanned your code"))
                .body("items[0].connectionId", equalTo(connectionId.toString()));
    }

    @Test
    void markAllReadMarksEveryUnreadNotificationOfTheCallerOnly() {
        var organizer = TestData.organizer();
        var attendee = TestData.attendee();
        var other = TestData.attendee();
        for (int i = 0; i < 3; i++) {
            UUID eventId = Events.published(organizer.accessToken(), 5);
            Events.register(attendee.accessToken(), eventId);
            Events.register(other.accessToken(), eventId);
            api(organizer.accessToken()).post("/api/v1/events/" + eventId + "/cancel").then().statusCode(200);
        }
        api(attendee.accessToken()).get("/api/v1/me/notifications?limit=1").then().statusCode(200)
                .body("unreadCount", equalTo(3)).body("items.size()", equalTo(1));

        api(attendee.accessToken()).post("/api/v1/me/notifications/read").then().statusCode(200).body("marked", equalTo(3));

        api(attendee.accessToken()).get("/api/v1/me/notifications").then().statusCode(200)
                .body("unreadCount", equalTo(0)).body("items.readAt", everyItem(notNullValue()));
        api(other.accessToken()).get("/api/v1/me/notifications").then().statusCode(200).body("unreadCount", equalTo(3));
        api(attendee.accessToken()).post("/api/v1/me/notifications/read").then().statusCode(200).body("marked", equalTo(0));
    }

    @Test
    void markAllReadNeedsALogin() {
        raw().post("/api/v1/me/notifications/read").then().statusCode(401).contentType("application/problem+json");
    }
}
