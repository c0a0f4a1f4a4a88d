package app.rounds.followup;

import static app.rounds.support.Api.api;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import app.rounds.support.Events;
import app.rounds.support.Introductions;
import app.rounds.support.TestData;
import app.rounds.support.TestData.SignedIn;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;

/** The follow-up digests, written to the mail outbox at a chosen moment of the attendee's (event's) day. */
@QuarkusTest
class FollowUpRemindersTest {

    private static final ZoneId CHICAGO = ZoneId.of("America/Chicago");

    @Inject
    FollowUpReminders reminders;

    @Inject
    EntityManager entityManager;

    private SignedIn owner;
    private List<String> tasks;
    private LocalDate dueDay;

    @BeforeEach
    void twoTasksDueOnOneDay() {
        SignedIn organizer = TestData.organizer();
        OffsetDateTime start = OffsetDateTime.now(ZoneOffset.UTC).plusDays(30).withNano(0);
        UUID eventId = Events.published(organizer.accessToken(), 20, Map.of("timeZone", "America/Chicago",
                "startsAt", Events.iso(start), "endsAt", Events.iso(start.plusHours(3))));
        owner = TestData.attendee();
        SignedIn colleague = TestData.attendee();
        Events.register(owner.accessToken(), eventId);
        Events.register(colleague.accessToken(), eventId);
        Introductions.connectByScan(owner.accessToken(), colleague.accessToken(), eventId);
        tasks = api(owner.accessToken()).get("/api/v1/follow-ups").then().extract().path("items.id");
        dueDay = LocalDate.now(CHICAGO).plusDays(5);
        for (String task : tasks.subList(0, 2)) {
            api(owner.accessToken()).body(Map.of("dueAt", Events.iso(dueDay.atTime(9, 0).atZone(CHICAGO).toOffsetDateTime())))
                    .patch("/api/v1/follow-ups/" + task).then().statusCode(200);
        }
    }

    @Test
    void theDayBeforeTasksFallDueOneDigestHoldsThemAndARepeatSendsNothingMore() {
        Instant dayBefore = at(dueDay.minusDays(1), 10, 0);

        reminders.remind(dayBefore);
        reminders.remind(dayBefore.plusSeconds(900));

        assertThat(mails("FOLLOW_UP_DUE_TOMORROW")).hasSize(1);
        assertThat(mails("FOLLOW_UP_DUE_TOMORROW").get(0)).contains("\"count\": 2").contains("9:00 AM CST");
    }

    @Test
    void noDigestGoesOutInTheAttendeesNight() {
        reminders.remind(at(dueDay.minusDays(1), 6, 0));
        reminders.remind(at(dueDay.minusDays(1), 22, 0));

        assertThat(mails("FOLLOW_UP_DUE_TOMORROW")).isEmpty();
    }

    @Test
    void onceOverdueTheTasksComeInOneDigestOnlyOnce() {
        reminders.remind(at(dueDay, 10, 0));
        assertThat(mails("FOLLOW_UP_OVERDUE")).hasSize(1);

        reminders.remind(at(dueDay, 11, 0));
        reminders.remind(at(dueDay.plusDays(1), 10, 0));

        assertThat(mails("FOLLOW_UP_OVERDUE")).hasSize(1);
    }

    @Test
    void aDoneTaskIsNotReminded() {
        for (String task : tasks.subList(0, 2)) {
            api(owner.accessToken()).body(Map.of("status", "DONE")).patch("/api/v1/follow-ups/" + task).then().statusCode(200);
        }

        reminders.remind(at(dueDay.minusDays(1), 10, 0));
        reminders.remind(at(dueDay, 10, 0));

        assertThat(mails("FOLLOW_UP_DUE_TOMORROW")).isEmpty();
        assertThat(mails("FOLLOW_UP_OVERDUE")).isEmpty();
    }

    private static Instant at(LocalDate day, int hour, int minute) {
        return day.atTime(LocalTime.of(hour, minute)).atZone(CHICAGO).toInstant();
    }

    @SuppressWarnings("unchecked")
    private List<String> mails(String kind) {
        return QuarkusTransaction.requiringNew().call(() -> entityManager.createNativeQuery(
                        "SELECT CAST(data AS text) FROM mail_outbox WHERE recipient_account_id = :owner AND kind = :kind")
                .setParameter("owner", owner.id())
                .setParameter("kind", kind)
                .getResultList());
    }
}
