package app.rounds.followup;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Tuple;

/** One event's follow-up plans, counted for the organizer's dashboard in SQL aggregates; never a task's title. */
@ApplicationScoped
public class FollowUpFigures {

    /** How long after the event's end a plan may take and still count as followed up "within a week". */
    public static final int WEEK_DAYS = 7;

    private final EntityManager entityManager;

    FollowUpFigures(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    /** One kind's tasks at the event: all of them, done, skipped, still open, and open past their due time. */
    public record KindCount(String kind, long tasks, long done, long skipped, long open, long overdue) {
    }

    /**
     * Connections with a plan at the event, and those whose plan was fully done within the week: every task of either
     * side done or skipped, at least one done, all closed no later than {@link #WEEK_DAYS} days after the event ended.
     */
    public record Plans(long connectionsWithPlan, long doneWithinWeek) {
    }

    /** Tasks per kind, those due within [from, to) when given, in the kinds' display order. */
    public List<KindCount> byKind(UUID eventId, Instant from, Instant to, Instant now) {
        String range = (from == null ? "" : " and t.dueAt >= :from") + (to == null ? "" : " and t.dueAt < :to");
        var query = entityManager.createQuery("""
                        select t.kind, count(t),
                               sum(case when t.status = app.rounds.followup.FollowUpStatus.DONE then 1 else 0 end),
                               sum(case when t.status = app.rounds.followup.FollowUpStatus.SKIPPED then 1 else 0 end),
                               sum(case when t.status = app.rounds.followup.FollowUpStatus.OPEN then 1 else 0 end),
                               sum(case when %s then 1 else 0 end)
                        from FollowUpTask t, FollowUpKind k
                        where k.code = t.kind and t.eventId = :event and t.removedAt is null%s
                        group by t.kind, k.position
                        order by k.position""".formatted(FollowUpRepository.OVERDUE, range), Object[].class)
                .setParameter("event", eventId)
                .setParameter("now", now);
        if (from != null) {
            query.setParameter("from", from);
        }
        if (to != null) {
            query.setParameter("to", to);
        }
        return query.getResultList().stream().map(columns -> new KindCount((String) columns[0], number(columns[1]),
                number(columns[2]), number(columns[3]), number(columns[4]), number(columns[5]))).toList();
    }

    public Plans plansOf(UUID eventId) {
        Tuple row = (Tuple) entityManager.createNativeQuery("""
                        SELECT count(*) AS with_plan, count(*) FILTER (WHERE done_within_week) AS done_within_week
                        FROM (SELECT bool_and(t.status IN ('DONE', 'SKIPPED')
                                         AND t.closed_at <= e.ends_at + make_interval(days => :days))
                                     AND bool_or(t.status = 'DONE') AS done_within_week
                              FROM follow_up_task t JOIN event e ON e.id = t.event_id
                              WHERE t.event_id = :event AND t.removed_at IS NULL
                              GROUP BY t.connection_id) plans""", Tuple.class)
                .setParameter("event", eventId)
                .setParameter("days", WEEK_DAYS)
                .getSingleResult();
        return new Plans(number(row.get("with_plan")), number(row.get("done_within_week")));
    }

    private static long number(Object value) {
        return value == null ? 0 : ((Number) value).longValue();
    }
}
