package app.rounds.followup;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Locale;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import app.rounds.common.cluster.JobLeases;
import app.rounds.event.Event;
import app.rounds.event.EventRepository;
import app.rounds.mail.MailKind;
import app.rounds.mail.MailOutbox;
import app.rounds.mail.OutgoingMail;
import app.rounds.common.security.SecretTokens;
import io.quarkus.scheduler.Scheduled;

/**
 * Follow-up digests through the mail outbox: the day before tasks fall due, and once they are overdue. An attendee's
 * day is their event's wall clock (profiles keep a city, not a time zone), and mail goes out between 08:00 and 20:00
 * there. Each task is in at most one digest of each kind (table follow_up_reminder), and the job runs once per period
 * across instances (JobLeases).
 */
@ApplicationScoped
public class FollowUpReminders {

    private static final String JOB = "follow-up-reminders";
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("EEE d MMM, h:mm a z", Locale.US);
    /** Overdue tasks older than this are left alone: one late digest is a reminder, a stream of them is noise. */
    private static final Duration OVERDUE_HORIZON = Duration.ofDays(7);
    private static final String WAKING = """
            (CAST(:now AS timestamptz) AT TIME ZONE e.time_zone)::time >= TIME '08:00'
            AND (CAST(:now AS timestamptz) AT TIME ZONE e.time_zone)::time < TIME '20:00'""";
    private static final String CLAIM = """
            INSERT INTO follow_up_reminder (task_id, kind, reminded_at)
            SELECT t.id, :kind, :now FROM follow_up_task t JOIN event e ON e.id = t.event_id
            WHERE t.status = 'OPEN' AND t.removed_at IS NULL AND %s AND %s
            ON CONFLICT DO NOTHING
            RETURNING task_id
            """;
    private static final String DUE_TOMORROW = """
            (t.due_at AT TIME ZONE e.time_zone)::date = (CAST(:now AS timestamptz) AT TIME ZONE e.time_zone)::date + 1""";
    private static final String OVERDUE = "t.due_at <= :now AND t.due_at > :horizon";

    private final EntityManager entityManager;
    private final FollowUpRepository tasks;
    private final FollowUpViews views;
    private final MailOutbox outbox;
    private final EventRepository events;
    private final JobLeases leases;
    private final Duration period;
    private final Clock clock;

    FollowUpReminders(EntityManager entityManager, FollowUpRepository tasks, FollowUpViews views, MailOutbox outbox,
                      EventRepository events, JobLeases leases, FollowUpConfig config, Clock clock) {
        this.entityManager = entityManager;
        this.tasks = tasks;
        this.views = views;
        this.outbox = outbox;
        this.events = events;
        this.leases = leases;
        this.period = config.reminderSweep();
        this.clock = clock;
    }

    @Scheduled(every = "${rounds.follow-ups.reminder-sweep}", delayed = "${rounds.follow-ups.reminder-sweep-delay}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void sweep() {
        if (leases.claim(JOB, period)) {
            remind(clock.instant());
        }
    }

    /** Claims the tasks due tomorrow and those newly overdue, and writes one digest per attendee and kind. */
    @Transactional
    void remind(Instant now) {
        digest(MailKind.FOLLOW_UP_DUE_TOMORROW, claim("DUE_TOMORROW", DUE_TOMORROW, now));
        digest(MailKind.FOLLOW_UP_OVERDUE, claim("OVERDUE", OVERDUE, now));
    }

    @SuppressWarnings("unchecked")
    private List<UUID> claim(String kind, String which, Instant now) {
        var query = entityManager.createNativeQuery(CLAIM.formatted(which, WAKING))
                .setParameter("kind", kind)
                .setParameter("now", OffsetDateTime.ofInstant(now, ZoneOffset.UTC));
        if (which.contains(":horizon")) {
            query.setParameter("horizon", OffsetDateTime.ofInstant(now.minus(OVERDUE_HORIZON), ZoneOffset.UTC));
        }
        return (List<UUID>) query.getResultList();
    }

    private void digest(MailKind kind, List<UUID> claimed) {
        if (claimed.isEmpty()) {
            return;
        }
        Map<UUID, ZoneId> zones = new HashMap<>();
        Map<UUID, List<FollowUpRepository.Row>> byOwner = tasks.rowsOf(claimed).stream()
                .collect(Collectors.groupingBy(row -> row.task().ownerId(), LinkedHashMap::new, Collectors.toList()));
        byOwner.forEach((owner, rows) -> {
            List<FollowUpResponse> shown = views.of(owner, false, rows);
            List<Map<String, Object>> items = new ArrayList<>();
            for (FollowUpResponse task : shown) {
                ZoneId zone = zones.computeIfAbsent(task.eventId(),
                        id -> events.findByIdOptional(id).map(Event::timeZone).orElse(ZoneOffset.UTC));
                items.add(Map.of("label", task.label(), "who", task.counterpart().fullName(), "eventTitle", task.eventTitle(),
                        "due", WHEN.format(task.dueAt().atZoneSameInstant(zone))));
            }
            String batch = rows.stream().map(row -> row.task().id().toString()).sorted().collect(Collectors.joining(","));
            outbox.enqueue(new OutgoingMail(owner, kind, "follow-ups:" + owner, SecretTokens.sha256Hex(batch).substring(0, 32),
                    Map.of("count", items.size(), "tasks", items)));
        });
    }

}
