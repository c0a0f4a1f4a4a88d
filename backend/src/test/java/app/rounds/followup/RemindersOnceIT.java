package app.rounds.followup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetup;

import app.rounds.mail.MailDispatcher;
import app.rounds.support.Events;
import app.rounds.support.cluster.Ports;
import app.rounds.support.cluster.TwoInstances;
import io.restassured.specification.RequestSpecification;

/**
 * Both instances look for due reminders every second and send them to a real SMTP server (GreenMail): each attendee
 * of an event starting tomorrow gets its day-before reminder once, and each attendee with follow-ups due tomorrow and
 * overdue gets one digest of each kind, however many sweeps of either instance meet the same registrations and tasks.
 */
class RemindersOnceIT {

    private static final int SMTP_PORT = Ports.free();
    private static final String TITLE = "Reminders Once Evening";
    /** Attendees connected in a ring: each has one connection whose tasks fall due tomorrow, and one overdue. */
    private static final int ATTENDEES = 6;
    /** Sweep periods watched after the last expected mail, for a late repeat to show up. */
    private static final Duration SETTLE = Duration.ofSeconds(7);
    /**
     * Zones around the globe, none more than three hours from the next: at any moment one of them reads between 10:00
     * and 18:00, inside both jobs' hours (event reminders from 09:00 the day before, digests 08:00–20:00) with room
     * for the run.
     */
    private static final List<String> ZONES = List.of("Pacific/Honolulu", "America/Los_Angeles", "America/New_York",
            "America/Sao_Paulo", "Europe/London", "Europe/Berlin", "Asia/Dubai", "Asia/Kolkata", "Asia/Singapore",
            "Asia/Tokyo", "Australia/Sydney", "Pacific/Auckland");

    @RegisterExtension
    @Order(1)
    static final GreenMailExtension smtp = new GreenMailExtension(new ServerSetup(SMTP_PORT, "127.0.0.1", ServerSetup.PROTOCOL_SMTP))
            .withPerMethodLifecycle(false);

    @RegisterExtension
    @Order(2)
    static final TwoInstances cluster = TwoInstances.direct()
            .env("QUARKUS_MAILER_HOST", "127.0.0.1")
            .env("QUARKUS_MAILER_PORT", String.valueOf(SMTP_PORT))
            .env("ROUNDS_MAIL_DISPATCH_EVERY", "200ms")
            .env("ROUNDS_MAIL_SEND_TIMEOUT", "2s")
            .env("ROUNDS_MAIL_DISPATCH_LEASE", "PT8S")
            .env("ROUNDS_MAIL_RETRY_BACKOFF", "PT1S")
            .env("ROUNDS_MAIL_EVENT_REMINDERS_EVERY", "1s")
            .env("ROUNDS_FOLLOW_UPS_REMINDER_SWEEP", "1s")
            .env("ROUNDS_FOLLOW_UPS_REMINDER_SWEEP_DELAY", "1s");

    private static final List<Attendee> attendees = new ArrayList<>();
    private static long tasksPerDigest;
    private static List<Arrival> arrivals;

    @BeforeAll
    static void anEventTomorrowWhoseAttendeesOweFollowUpsDueTomorrowAndOverdue() throws InterruptedException {
        ZoneId zone = zoneInWakingHours();
        String organizer = api(0).body(Map.of("email", TwoInstances.ADMIN_EMAIL, "password", TwoInstances.ADMIN_PASSWORD))
                .post("/api/v1/auth/login").then().statusCode(200).extract().path("accessToken");
        OffsetDateTime startsAt = ZonedDateTime.now(zone).toLocalDate().plusDays(1).atTime(18, 0).atZone(zone).toOffsetDateTime();
        String id = api(0).header("Authorization", "Bearer " + organizer).body(Events.body(20, Map.of("title", TITLE,
                        "timeZone", zone.getId(), "startsAt", Events.iso(startsAt), "endsAt", Events.iso(startsAt.plusHours(3)))))
                .post("/api/v1/events").then().statusCode(201).extract().path("id");
        UUID eventId = UUID.fromString(id);
        api(1).header("Authorization", "Bearer " + organizer).post("/api/v1/events/" + eventId + "/publish").then().statusCode(200);

        for (int i = 0; i < ATTENDEES; i++) {
            Attendee attendee = signUp(i % 2, "Dr. Ring " + i);
            api(i % 2).header("Authorization", "Bearer " + attendee.token()).post("/api/v1/events/" + eventId + "/registrations")
                    .then().statusCode(201);
            attendees.add(attendee);
        }
        // Every other connection of the ring falls due tomorrow, the ones between them are overdue.
        List<UUID> dueTomorrow = new ArrayList<>();
        for (int i = 0; i < ATTENDEES; i++) {
            UUID connection = connectByScan(attendees.get(i), attendees.get((i + 1) % ATTENDEES), eventId, i % 2);
            if (i % 2 == 0) {
                dueTomorrow.add(connection);
            }
        }
        tasksPerDigest = cluster.database().count("SELECT count(*) FROM follow_up_task WHERE connection_id = ? AND owner_id = ?",
                dueTomorrow.get(0), attendees.get(0).id());
        assertThat(tasksPerDigest).as("the default plan of one side of a connection").isPositive();

        // One statement, so that no sweep sees half of an attendee's tasks moved and digests them in two mails.
        List<Object> parameters = new ArrayList<>(dueTomorrow);
        parameters.add(eventId);
        long moved = cluster.database().update("""
                UPDATE follow_up_task t SET due_at = CASE WHEN t.connection_id IN (%s)
                    THEN (((now() AT TIME ZONE e.time_zone)::date + 1) + TIME '12:00') AT TIME ZONE e.time_zone
                    ELSE now() - INTERVAL '1 hour' END
                FROM event e WHERE e.id = t.event_id AND t.event_id = ?
                """.formatted(String.join(", ", Collections.nCopies(dueTomorrow.size(), "?"))), parameters.toArray());
        assertThat(moved).as("every task of the event's connections").isEqualTo(ATTENDEES * 2 * tasksPerDigest);

        await("each attendee's reminder and two digests, in " + zone).atMost(Duration.ofSeconds(30))
                .pollInterval(Duration.ofMillis(200)).until(RemindersOnceIT::everyReminderArrived);
        // Not "until the outbox is empty": repeats enqueued each period would keep it from emptying and hide as a timeout.
        Thread.sleep(SETTLE.toMillis());
        arrivals = received();
    }

    @Test
    void everyAttendeeGetsTheDayBeforeReminderOnce() {
        for (Attendee attendee : attendees) {
            List<Arrival> reminders = of(attendee, Reminder.EVENT_TOMORROW);
            assertThat(reminders).as("event reminders to %s", attendee.email()).hasSize(1);
            assertThat(reminders.get(0).subject()).isEqualTo("Tomorrow: " + TITLE);
        }
    }

    @Test
    void everyAttendeeGetsOneDigestOfTheFollowUpsDueTomorrow() {
        for (Attendee attendee : attendees) {
            List<Arrival> digests = of(attendee, Reminder.DUE_TOMORROW);
            assertThat(digests).as("due-tomorrow digests to %s", attendee.email()).hasSize(1);
            assertThat(digests.get(0).subject()).as("one digest holds all of them")
                    .isEqualTo(tasksPerDigest + " follow-ups are due tomorrow");
        }
    }

    @Test
    void everyAttendeeGetsOneDigestOfTheOverdueFollowUps() {
        for (Attendee attendee : attendees) {
            List<Arrival> digests = of(attendee, Reminder.OVERDUE);
            assertThat(digests).as("overdue digests to %s", attendee.email()).hasSize(1);
            assertThat(digests.get(0).subject()).as("one digest holds all of them")
                    .isEqualTo(tasksPerDigest + " follow-ups are overdue");
        }
    }

    @Test
    void eachTaskIsInOneDigestOfEachKindItFellInto() {
        assertThat(cluster.database().count("SELECT count(*) FROM follow_up_reminder WHERE kind = 'DUE_TOMORROW'"))
                .isEqualTo(ATTENDEES * tasksPerDigest);
        assertThat(cluster.database().count("SELECT count(*) FROM follow_up_reminder WHERE kind = 'OVERDUE'"))
                .isEqualTo(ATTENDEES * tasksPerDigest);
    }

    @Test
    void noMailArrivesTwiceAndNoneIsLeftUnsent() {
        Map<String, Long> byMailId = arrivals.stream().collect(Collectors.groupingBy(Arrival::mailId, Collectors.counting()));
        assertThat(byMailId).as("arrivals per outbox row").allSatisfy((mailId, count) -> assertThat(count).isEqualTo(1));
        assertThat(cluster.database().count("SELECT count(*) FROM mail_outbox WHERE kind IN "
                + "('EVENT_TOMORROW', 'FOLLOW_UP_DUE_TOMORROW', 'FOLLOW_UP_OVERDUE')")).isEqualTo(ATTENDEES * 3L);
        assertThat(unsent()).isZero();
    }

    private static boolean everyReminderArrived() {
        List<Arrival> received = received();
        return attendees.stream().allMatch(attendee -> Stream.of(Reminder.values())
                .allMatch(kind -> received.stream().anyMatch(arrival -> arrival.to(attendee, kind))));
    }

    private static List<Arrival> of(Attendee attendee, Reminder kind) {
        return arrivals.stream().filter(arrival -> arrival.to(attendee, kind)).toList();
    }

    /** The first zone whose wall clock now reads between 10:00 and 18:00. */
    private static ZoneId zoneInWakingHours() {
        return ZONES.stream().map(ZoneId::of)
                .filter(zone -> {
                    int hour = ZonedDateTime.now(zone).getHour();
                    return hour >= 10 && hour < 18;
                })
                .findFirst().orElseThrow(() -> new IllegalStateException("No zone of " + ZONES + " is between 10:00 and 18:00"));
    }

    private static Attendee signUp(int instance, String name) {
        String email = "dr." + UUID.randomUUID().toString().substring(0, 8) + "@cluster.rounds.test";
        var response = api(instance).body(Map.of("email", email, "password", "correct-horse-battery", "displayName", name))
                .post("/api/v1/auth/signup").then().statusCode(201).extract();
        UUID id = UUID.fromString(response.path("account.id"));
        cluster.database().confirmAddress(id);
        return new Attendee(id, email, response.path("accessToken"));
    }

    /** The scanner scans the owner's code, each through another instance; returns the connection id. */
    private static UUID connectByScan(Attendee scanner, Attendee owner, UUID eventId, int ownerInstance) {
        String code = api(ownerInstance).header("Authorization", "Bearer " + owner.token())
                .post("/api/v1/events/" + eventId + "/connect-code").then().statusCode(200).extract().path("code");
        String id = api(1 - ownerInstance).header("Authorization", "Bearer " + scanner.token()).body(Map.of("code", code))
                .post("/api/v1/connections/scan").then().statusCode(201).extract().path("id");
        return UUID.fromString(id);
    }

    private static List<Arrival> received() {
        return Arrays.stream(smtp.getReceivedMessages()).map(Arrival::of).toList();
    }

    private static long unsent() {
        return cluster.database().count("SELECT count(*) FROM mail_outbox WHERE sent_at IS NULL");
    }

    private static RequestSpecification api(int instance) {
        return app.rounds.support.Api.api().baseUri(cluster.instance(instance).baseUri().toString());
    }

    private record Attendee(UUID id, String email, String token) {
    }

    /** The reminder mails, told apart by their subjects (templates/mail/*.txt). */
    private enum Reminder {
        EVENT_TOMORROW(subject -> subject.startsWith("Tomorrow: ")),
        DUE_TOMORROW(subject -> subject.endsWith(" due tomorrow")),
        OVERDUE(subject -> subject.endsWith(" overdue"));

        private final Predicate<String> matches;

        Reminder(Predicate<String> matches) {
            this.matches = matches;
        }
    }

    /** One mail GreenMail received. */
    private record Arrival(String recipient, String subject, String mailId) {

        static Arrival of(MimeMessage message) {
            try {
                String recipient = ((InternetAddress) message.getRecipients(Message.RecipientType.TO)[0]).getAddress();
                return new Arrival(recipient, message.getSubject(), message.getHeader(MailDispatcher.MAIL_ID_HEADER, ","));
            } catch (MessagingException e) {
                throw new IllegalStateException(e);
            }
        }

        boolean to(Attendee attendee, Reminder kind) {
            return recipient.equalsIgnoreCase(attendee.email()) && kind.matches.test(subject);
        }
    }
}
