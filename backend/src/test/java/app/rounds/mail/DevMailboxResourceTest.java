package app.rounds.mail;

import static app.rounds.support.Api.api;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.startsWith;

import java.util.Map;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import app.rounds.support.TestData;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;

@QuarkusTest
class DevMailboxResourceTest {

    private static final String REMINDER = "items.find { it.subject.startsWith('Tomorrow') }";

    @Inject
    MailOutbox outbox;

    @Test
    void theMailboxListsWhatTheEmbeddedServerReceivedWithItsHtmlAndText() {
        var attendee = TestData.attendee();
        QuarkusTransaction.requiringNew().run(() -> outbox.enqueue(new OutgoingMail(attendee.id(), MailKind.EVENT_TOMORROW,
                "registration:x", "day-before", Map.of("eventTitle", "Boston mixer", "eventId", "e1", "when", "soon",
                        "venueName", "Harbor Room", "venueAddress", "1 Main St"))));
        Mailbox.awaitAtLeast(attendee.email(), 1);

        api().queryParam("to", attendee.email()).get("/api/v1/dev/mailbox").then().statusCode(200)
                .body("items", hasSize(2)) // this mail and the sign-up's address confirmation
                .body(REMINDER + ".subject", equalTo("Tomorrow: Boston mixer"))
                .body(REMINDER + ".html", containsString("href=\"http://localhost:8080/events/e1/meet\""))
                .body(REMINDER + ".text", containsString("Harbor Room, 1 Main St"))
                .body(REMINDER + ".listUnsubscribe", startsWith("<http://localhost:8080/api/v1/mail/unsubscribe/"));
    }
}
