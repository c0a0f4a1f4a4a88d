package app.rounds.mail;

import static app.rounds.support.Api.api;
import static app.rounds.support.Api.raw;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import java.util.Map;
import java.util.UUID;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import app.rounds.support.TestData;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;

@QuarkusTest
class NotificationPreferencesTest {

    @Inject
    MailOutbox outbox;

    @Inject
    MailLinks links;

    @Test
    void everyCategoryIsOnUntilSwitchedOff() {
        var attendee = TestData.attendee();

        api(attendee.accessToken()).get("/api/v1/me/notification-preferences").then().statusCode(200)
                .body("introductions", equalTo(true)).body("reminders", equalTo(true)).body("eventChanges", equalTo(true));

        api(attendee.accessToken()).body(Map.of("introductions", true, "reminders", false, "eventChanges", false))
                .put("/api/v1/me/notification-preferences").then().statusCode(200).body("reminders", equalTo(false));
        api(attendee.accessToken()).get("/api/v1/me/notification-preferences").then().statusCode(200)
                .body("introductions", equalTo(true)).body("reminders", equalTo(false)).body("eventChanges", equalTo(false));
    }

    @Test
    void aKindWhoseCategoryIsOffIsNeverSentAndAccountMailStillIs() {
        var attendee = TestData.attendee();
        api(attendee.accessToken()).body(Map.of("introductions", false, "reminders", false, "eventChanges", false))
                .put("/api/v1/me/notification-preferences").then().statusCode(200);

        QuarkusTransaction.requiringNew().run(() -> {
            for (MailKind kind : MailKind.values()) {
                outbox.enqueue(new OutgoingMail(attendee.id(), kind, "subject", "once", Map.of("eventTitle", "X", "token", "t", "minutes", 30)));
            }
        });

        assertThat(Mailbox.awaitAtLeast(attendee.email(), 1)).hasSize(1);
        assertThat(Mailbox.subjectsSettled(attendee.email())).containsExactly("Reset your Rounds password");
        assertThat(Mailbox.awaitConfirmations(attendee.email(), 2)).as("the sign-up's confirmation and this one").hasSize(2);
    }

    @Test
    void preferencesNeedALoginAndAFullBody() {
        raw().get("/api/v1/me/notification-preferences").then().statusCode(401);
        var attendee = TestData.attendee();
        raw().header("Authorization", "Bearer " + attendee.accessToken()).contentType("application/json")
                .body(Map.of("introductions", false)).put("/api/v1/me/notification-preferences")
                .then().statusCode(400).contentType("application/problem+json").body("errors.field", org.hamcrest.Matchers.hasItem(
                        org.hamcrest.Matchers.containsString("reminders")));
    }

    @Test
    void theOneClickLinkOfAReminderSwitchesRemindersOffWithoutALogin() {
        var attendee = TestData.attendee();
        String token = links.unsubscribeToken(attendee.id(), MailCategory.REMINDERS);

        raw().contentType("application/x-www-form-urlencoded").body("List-Unsubscribe=One-Click")
                .post("/api/v1/mail/unsubscribe/" + token).then().statusCode(200).body("category", equalTo("REMINDERS"));

        api(attendee.accessToken()).get("/api/v1/me/notification-preferences").then().statusCode(200)
                .body("reminders", equalTo(false)).body("introductions", equalTo(true)).body("eventChanges", equalTo(true));
    }

    @Test
    void aForgedOrMangledUnsubscribeLinkIsNotFound() {
        String genuine = links.unsubscribeToken(UUID.randomUUID(), MailCategory.REMINDERS);
        String forged = genuine.substring(0, genuine.length() - 2) + (genuine.endsWith("AA") ? "BB" : "AA");

        for (String token : new String[] {forged, "not-a-token", "AAAA"}) {
            raw().post("/api/v1/mail/unsubscribe/" + token).then().statusCode(404).contentType("application/problem+json");
        }
    }
}
