package app.rounds.followup;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Tuple;

import app.rounds.common.persistence.SqlReads;

/**
 * One event's follow-up plans, counted for the organizer's dashboard in two plain SQL aggregates (one per plan, one
 * per kind; cheaper than one statement that keeps the event's tasks to read twice); never a task's title.
 */
@ApplicationScoped
public class FollowUpFigures {

    /** How long after the event's end a plan may take and still count as followed up "within a week". */
    public static final int WEEK_DAYS = 7;

    private static final SqlReads.Columns NEXT_DUE = SqlReads.Columns.of("next_due", Instant.class);

    private final EntityManager entityManager;
    private final SqlReads reads;

    FollowUpFigures(EntityManager entityManager, SqlReads reads) {
        this.entityManager = entityManager;
        this.reads = reads;
    }

    /**
     * The earliest due time, not before {@code now}, of an open task at the event: once it passes, that task counts as
     * overdue, so the figures counted at {@code now} hold until then unless something is written; null when none.
     */
    public Instant nextDue(UUID eventId, Instant now) {
        return reads.list("""
                        SELECT min(due_at) AS next_due FROM follow_up_task
                        WHERE event_id = :event AND status = 'OPEN' AND removed_at IS NULL AND due_at >= :now""",
                NEXT_DUE, Map.of("event", eventId, "now", now), row -> row.instant("next_due")).get(0);
    }

    /** One kind's tasks at the event: all of them, done, skipped, still open, and open past their due time. */
    public record KindCount(String kind, long tasks, long done, long skipped, long open, long overdue) {
    }

    /**
     * Connections with a plan at the event, and those whose plan was fully done within the week: every task of either
     * side done or skipped, at least one done, all closed no later than {@link #WEEK_DAYS} days after the event ended.
     * Then the tasks per kind, those due within [from, to) when given, in the kinds' display order.
     */
    public record Figures(long connectionsWithPlan, long doneWithinWeek, List<KindCount> byKind) {
    }

    public Figures of(UUID eventId, Instant from, Instant to, Instant now) {
        Tuple plans = (Tuple) entityManager.createNativeQuery("""
                        SELECT count(*) AS plans, count(*) FILTER (WHERE done_within_week) AS done_within_week
                        FROM (SELECT bool_and(t.status IN ('DONE', 'SKIPPED')
                                         AND t.closed_at <= e.ends_at + make_interval(days => :days))
                                     AND bool_or(t.status = 'DONE') AS done_within_week
                              FROM follow_up_task t JOIN event e ON e.id = t.event_id
                              WHERE t.event_id = :event AND t.removed_at IS NULL
                              GROUP BY t.connection_id) plan""", Tuple.class)
                .setParameter("event", eventId)
                .setParameter("days", WEEK_DAYS)
                .getSingleResult();
        String range = (from == null ? "" : " AND t.due_at >= :from") + (to == null ? "" : " AND t.due_at < :to");
        var query = entityManager.createNativeQuery("""
                        SELECT t.kind, count(*) AS tasks, count(*) FILTER (WHERE t.status = 'DONE') AS done,
                               count(*) FILTER (WHERE t.status = 'SKIPPED') AS skipped,
                               count(*) FILTER (WHERE t.status = 'OPEN') AS open, count(*) FILTER (WHERE %s) AS overdue
                        FROM follow_up_task t JOIN follow_up_kind k ON k.code = t.kind
                        WHERE t.event_id = :event AND t.removed_at IS NULL%s
                        GROUP BY t.kind, k.position
                        ORDER BY k.position""".formatted(FollowUpRepository.OVERDUE_SQL, range), Tuple.class)
                .setParameter("event", eventId)
                .setParameter("now", now);
        if (from != null) {
            query.setParameter("from", from);
        }
        if (to != null) {
            query.setParameter("to", to);
        }
        List<Tuple> rows = query.getResultList();
        List<KindCount> byKind = rows.stream().map(row -> new KindCount(row.get("kind", String.class),
                number(row.get("tasks")), number(row.get("done")), number(row.get("skipped")), number(row.get("open")),
                number(row.get("overdue")))).toList();
        return new Figures(number(plans.get("plans")), number(plans.get("done_within_week")), byKind);
    }

    /** Tasks (not removed) at an event, and how many of them are done. */
    public record Progress(long tasks, long done) {
    }

    /** Per event, its follow-up tasks and those done; events without tasks are absent. */
    public Map<UUID, Progress> progressAt(List<UUID> eventIds) {
        if (eventIds.isEmpty()) {
            return Map.of();
        }
        List<Tuple> rows = entityManager.createNativeQuery("""
                        SELECT event_id, count(*) AS tasks, count(*) FILTER (WHERE status = 'DONE') AS done
                        FROM follow_up_task WHERE event_id IN (:events) AND removed_at IS NULL
                        GROUP BY event_id""", Tuple.class)
                .setParameter("events", eventIds)
                .getResultList();
        Map<UUID, Progress> progress = new java.util.HashMap<>();
        rows.forEach(row -> progress.put((UUID) row.get("event_id"),
                new Progress(number(row.get("tasks")), number(row.get("done")))));
        return progress;
    }

    /** One attendee's follow-up tasks at an event, counted: how many connections they planned for, and the tasks. */
    public record OwnerCount(UUID ownerId, String ownerName, long connections, long tasks, long done, long skipped, long open,
                             long overdue) {
    }

    /** Per attendee with tasks at the event, in account id order, a page at a time after {@code afterOwner}. */
    public List<OwnerCount> perOwner(UUID eventId, Instant now, UUID afterOwner, int limit) {
        var query = entityManager.createNativeQuery("""
                        SELECT c.*, coalesce(p.full_name, a.display_name) AS owner_name
                        FROM (SELECT owner_id, count(DISTINCT connection_id) AS connections, count(*) AS tasks,
                                     count(*) FILTER (WHERE status = 'DONE') AS done,
                                     count(*) FILTER (WHERE status = 'SKIPPED') AS skipped,
                                     count(*) FILTER (WHERE status = 'OPEN') AS open,
                                     count(*) FILTER (WHERE %s) AS overdue
                              FROM follow_up_task
                              WHERE event_id = :event AND removed_at IS NULL%s
                              GROUP BY owner_id
                              ORDER BY owner_id
                              LIMIT :limit) c
                        JOIN account a ON a.id = c.owner_id LEFT JOIN attendee_profile p ON p.account_id = c.owner_id
                        ORDER BY c.owner_id""".formatted(FollowUpRepository.OVERDUE_SQL,
                        afterOwner == null ? "" : " AND owner_id > :after"), Tuple.class)
                .setParameter("event", eventId)
                .setParameter("now", now)
                .setParameter("limit", limit);
        if (afterOwner != null) {
            query.setParameter("after", afterOwner);
        }
        List<Tuple> rows = query.getResultList();
        return rows.stream().map(row -> new OwnerCount((UUID) row.get("owner_id"), (String) row.get("owner_name"),
                number(row.get("connections")), number(row.get("tasks")), number(row.get("done")), number(row.get("skipped")),
                number(row.get("open")), number(row.get("overdue")))).toList();
    }

    private static long number(Object value) {
        return ((Number) value).longValue();
    }
}
