package app.rounds.introduction;

import static app.rounds.support.Api.api;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import app.rounds.mail.Mailbox;
import app.rounds.support.Events;
import app.rounds.support.Introductions;
import app.rounds.support.TestData;
import io.quarkus.test.junit.QuarkusTest;

@QuarkusTest
class IntroductionMailsTest {

    @Test
    void aRequestMailsTheRecipientWithTheReasonAndAcceptanceMailsTheRequester() {
        UUID eventId = Events.published(TestData.organizer().accessToken(), 10);
        var requester = TestData.attendee();
        var recipient = TestData.attendee();
        Events.register(requester.accessToken(), eventId);
        Events.register(recipient.accessToken(), eventId);

        UUID introduction = Introductions.request(requester.accessToken(), eventId, recipient.id());

        var requested = Mailbox.awaitAtLeast(recipient.email(), 1).get(0);
        assertThat(Mailbox.subject(requested)).endsWith("would like to meet you at Baltimore Eye & Vision Evening");
        assertThat(Mailbox.text(requested)).contains("We refer to each other's specialties").contains("http://localhost:8080/introductions");

        api(recipient.accessToken()).post("/api/v1/introductions/" + introduction + "/accept").then().statusCode(200);

        var accepted = Mailbox.awaitAtLeast(requester.email(), 1).get(0);
        assertThat(Mailbox.subject(accepted)).endsWith("accepted your introduction");
        assertThat(Mailbox.subjectsSettled(recipient.email())).hasSize(1);
        assertThat(Mailbox.subjectsSettled(requester.email())).hasSize(1);
    }

    @Test
    void aBrokeredIntroductionMailsBothParties() {
        var organizer = TestData.organizer();
        UUID eventId = Events.published(organizer.accessToken(), 10);
        var one = TestData.attendee();
        var other = TestData.attendee();
        Events.register(one.accessToken(), eventId);
        Events.register(other.accessToken(), eventId);

        api(organizer.accessToken()).body(Map.of("eventId", eventId, "partyAId", one.id(), "partyBId", other.id(),
                "reason", "Both of you treat glaucoma")).post("/api/v1/introductions").then().statusCode(201);

        for (var party : new TestData.SignedIn[] {one, other}) {
            var proposed = Mailbox.awaitAtLeast(party.email(), 1).get(0);
            assertThat(Mailbox.subject(proposed)).contains("thinks you should meet");
            assertThat(Mailbox.text(proposed)).contains("Both of you treat glaucoma");
        }
    }

    @Test
    void noIntroductionMailWhenTheRecipientSwitchedIntroductionsOff() {
        UUID eventId = Events.published(TestData.organizer().accessToken(), 10);
        var requester = TestData.attendee();
        var recipient = TestData.attendee();
        Events.register(requester.accessToken(), eventId);
        Events.register(recipient.accessToken(), eventId);
        api(recipient.accessToken()).body(Map.of("introductions", false, "reminders", true, "eventChanges", true))
                .put("/api/v1/me/notification-preferences").then().statusCode(200);

        Introductions.request(requester.accessToken(), eventId, recipient.id());

        assertThat(Mailbox.subjectsSettled(recipient.email())).isEmpty();
        api(recipient.accessToken()).get("/api/v1/me/notifications").then().statusCode(200);
    }
}
