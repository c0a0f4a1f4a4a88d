package app.rounds.registration;

import static app.rounds.support.Api.api;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.UUID;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import app.rounds.mail.Mailbox;
import app.rounds.support.Events;
import app.rounds.support.TestData;
import io.quarkus.test.junit.QuarkusTest;

@QuarkusTest
class RegistrationMailsTest {

    @Inject
    EventReminders reminders;

    @Test
    void aSeatOpeningMailsTheFirstOnTheWaitlist() {
        UUID eventId = Events.published(TestData.organizer().accessToken(), 1);
        var seated = TestData.attendee();
        UUID seat = Events.register(seated.accessToken(), eventId);
        var waiting = TestData.attendee();
        Events.register(waiting.accessToken(), eventId);

        api(seated.accessToken()).delete("/api/v1/events/" + eventId + "/registrations/" + seat).then().statusCode(200);

        var promoted = Mailbox.awaitAtLeast(waiting.email(), 1).get(0);
        assertThat(Mailbox.subject(promoted)).isEqualTo("A seat opened: you are in for Baltimore Eye & Vision Evening");
        assertThat(Mailbox.text(promoted)).contains("http://localhost:8080/events/" + eventId);
    }

    @Test
    void cancellingAnEventMailsEveryoneHoldingAPlace() {
        var organizer = TestData.organizer();
        UUID eventId = Events.published(organizer.accessToken(), 1);
        var seated = TestData.attendee();
        var waiting = TestData.attendee();
        Events.register(seated.accessToken(), eventId);
        Events.register(waiting.accessToken(), eventId);

        api(organizer.accessToken()).post("/api/v1/events/" + eventId + "/cancel").then().statusCode(200);

        assertThat(Mailbox.subject(Mailbox.awaitAtLeast(seated.email(), 1).get(0))).isEqualTo("Baltimore Eye & Vision Evening is cancelled");
        assertThat(Mailbox.subject(Mailbox.awaitAtLeast(waiting.email(), 1).get(0))).isEqualTo("Baltimore Eye & Vision Evening is cancelled");
    }

    @Test
    void movingAnEventMailsItsAttendeesOncePerChangeAndATitleEditMailsNobody() {
        var organizer = TestData.organizer();
        UUID eventId = Events.published(organizer.accessToken(), 10);
        var attendee = TestData.attendee();
        Events.register(attendee.accessToken(), eventId);

        api(organizer.accessToken()).body(Map.of("title", "Baltimore Eye Evening")).patch("/api/v1/events/" + eventId)
                .then().statusCode(200);
        api(organizer.accessToken()).body(Map.of("venueName", "Pier Five Hall")).patch("/api/v1/events/" + eventId)
                .then().statusCode(200);

        var changed = Mailbox.awaitAtLeast(attendee.email(), 1).get(0);
        assertThat(Mailbox.subject(changed)).isEqualTo("Baltimore Eye Evening has changed");
        assertThat(Mailbox.text(changed)).contains("Pier Five Hall");
        assertThat(Mailbox.subjectsSettled(attendee.email())).hasSize(1);
    }

    @Test
    void theDayBeforeAnEventEachSeatedAttendeeGetsOneReminder() {
        var organizer = TestData.organizer();
        OffsetDateTime start = OffsetDateTime.now(ZoneOffset.UTC).plusHours(2).withNano(0);
        UUID tomorrow = Events.published(organizer.accessToken(), 10, Map.of("startsAt", Events.iso(start),
                "endsAt", Events.iso(start.plusHours(3)), "timeZone", "UTC"));
        UUID later = Events.published(organizer.accessToken(), 10);
        var attendee = TestData.attendee();
        Events.register(attendee.accessToken(), tomorrow);
        Events.register(attendee.accessToken(), later);

        reminders.enqueueDue();
        reminders.enqueueDue();

        var reminder = Mailbox.awaitAtLeast(attendee.email(), 1).get(0);
        assertThat(Mailbox.subject(reminder)).isEqualTo("Tomorrow: Baltimore Eye & Vision Evening");
        assertThat(Mailbox.header(reminder, "List-Unsubscribe-Post")).isEqualTo("List-Unsubscribe=One-Click");
        reminders.enqueueDue();
        assertThat(Mailbox.subjectsSettled(attendee.email())).hasSize(1);
    }
}
