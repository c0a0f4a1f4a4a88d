package app.rounds.message;

import static app.rounds.support.Api.api;
import static app.rounds.support.Api.raw;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.inject.Inject;
import jakarta.mail.internet.MimeMessage;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import app.rounds.mail.Mailbox;
import app.rounds.support.Events;
import app.rounds.support.OutcomeFixtures;
import app.rounds.support.TestData;
import app.rounds.support.TestData.SignedIn;
import io.quarkus.test.junit.QuarkusTest;

/** Organizers mail an event's seated attendees through the outbox: each once, nobody without a seat. */
@QuarkusTest
class EventMessageTest {

    @Inject
    OutcomeFixtures fixtures;

    private SignedIn organizer;
    private UUID eventId;

    @BeforeEach
    void anEvent() {
        organizer = TestData.organizer();
        eventId = Events.published(organizer.accessToken(), 10);
    }

    private SignedIn attendeeWith(String status) {
        SignedIn attendee = TestData.attendee();
        fixtures.register(eventId, attendee.id(), status, status.equals("CHECKED_IN") ? java.time.Instant.now() : null);
        return attendee;
    }

    private static Map<String, Object> message(String subject, String text) {
        return Map.of("subject", subject, "text", text);
    }

    @Test
    void eachSeatedAttendeeGetsTheMessageOnceAndNobodyElse() {
        SignedIn registered = attendeeWith("REGISTERED");
        SignedIn checkedIn = attendeeWith("CHECKED_IN");
        SignedIn waitlisted = attendeeWith("WAITLISTED");
        SignedIn cancelled = attendeeWith("CANCELLED");
        SignedIn optedOut = attendeeWith("REGISTERED");
        api(optedOut.accessToken()).body(Map.of("introductions", true, "reminders", true, "eventChanges", false))
                .put("/api/v1/me/notification-preferences").then().statusCode(200);
        String subject = "Parking tonight " + UUID.randomUUID();

        api(organizer.accessToken()).body(message(subject, "The garage validates tickets.\nUntil midnight."))
                .post("/api/v1/events/" + eventId + "/messages")
                .then().statusCode(202)
                .body("eventId", equalTo(eventId.toString()))
                .body("recipients", equalTo(2));

        for (SignedIn seated : List.of(registered, checkedIn)) {
            MimeMessage mail = Mailbox.awaitAtLeast(seated.email(), 1).get(0);
            assertThat(Mailbox.text(mail).replace("\r\n", "\n")).contains("The garage validates tickets.\nUntil midnight.");
            assertThat(Mailbox.html(mail)).contains("The garage validates tickets.");
        }
        for (SignedIn seated : List.of(registered, checkedIn)) {
            assertThat(Mailbox.subjectsSettled(seated.email())).containsExactly(subject);
        }
        for (SignedIn without : List.of(waitlisted, cancelled, optedOut)) {
            assertThat(Mailbox.subjectsSettled(without.email())).doesNotContain(subject);
        }
    }

    @Test
    void aRetryWithTheSameIdempotencyKeyMailsNobodyTwice() {
        SignedIn registered = attendeeWith("REGISTERED");
        String subject = "Room change " + UUID.randomUUID();
        String key = UUID.randomUUID().toString();

        for (int attempt = 0; attempt < 2; attempt++) {
            api(organizer.accessToken()).header("Idempotency-Key", key).body(message(subject, "We moved to room 4."))
                    .post("/api/v1/events/" + eventId + "/messages")
                    .then().statusCode(202)
                    .body("recipients", equalTo(1));
        }

        Mailbox.awaitAtLeast(registered.email(), 1);
        assertThat(Mailbox.subjectsSettled(registered.email())).containsExactly(subject);
    }

    @Test
    void anEmptyOrOverlongSubjectOrTextIsRefusedNamingTheField() {
        String path = "/api/v1/events/" + eventId + "/messages";
        raw().auth().oauth2(organizer.accessToken()).contentType("application/json").body(message(" ", "Hello"))
                .post(path).then().statusCode(400).contentType("application/problem+json")
                .body("errors[0].field", equalTo("subject"));
        raw().auth().oauth2(organizer.accessToken()).contentType("application/json").body(message("Hello", ""))
                .post(path).then().statusCode(400).body("errors[0].field", equalTo("text"));
        raw().auth().oauth2(organizer.accessToken()).contentType("application/json")
                .body(message("x".repeat(EventMessageRequest.SUBJECT_MAX + 1), "Hello"))
                .post(path).then().statusCode(400).body("errors[0].field", equalTo("subject"));
        raw().auth().oauth2(organizer.accessToken()).contentType("application/json")
                .body(message("Hello", "x".repeat(EventMessageRequest.TEXT_MAX + 1)))
                .post(path).then().statusCode(400).body("errors[0].field", equalTo("text"));
        raw().auth().oauth2(organizer.accessToken()).contentType("application/json")
                .body(message("Hello\r\nBcc: everyone@example.org", "Hello"))
                .post(path).then().statusCode(400).body("errors[0].field", equalTo("subject"));
    }

    @Test
    void anAttendeeIsRefusedAndAnUnknownEventIsNotFound() {
        SignedIn attendee = attendeeWith("REGISTERED");
        api(attendee.accessToken()).body(message("Hello", "Everyone"))
                .post("/api/v1/events/" + eventId + "/messages").then().statusCode(403)
                .contentType("application/problem+json");
        raw().contentType("application/json").body(message("Hello", "Everyone"))
                .post("/api/v1/events/" + eventId + "/messages").then().statusCode(401);
        api(organizer.accessToken()).body(message("Hello", "Everyone"))
                .post("/api/v1/events/" + UUID.randomUUID() + "/messages").then().statusCode(404)
                .contentType("application/problem+json");
        assertThat(Mailbox.subjectsSettled(attendee.email())).doesNotContain("Hello");
    }
}
