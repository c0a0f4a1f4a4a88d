package app.rounds.followup;

import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import app.rounds.common.paging.Cursor;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;

@ApplicationScoped
public class FollowUpRepository implements PanacheRepositoryBase<FollowUpTask, UUID> {

    /** JPQL for task {@code t}: open and past its due time at {@code :now}, as {@link FollowUpTask#overdueAt} says. */
    static final String OVERDUE = "t.status = app.rounds.followup.FollowUpStatus.OPEN and t.dueAt < :now";

    /** The same rule in plain SQL, over the (unqualified) {@code status} and {@code due_at} columns of a task row. */
    static final String OVERDUE_SQL = "status = 'OPEN' AND due_at < :now";

    /** A task with the title of its event. */
    public record Row(FollowUpTask task, String eventTitle) {
    }

    /** What the list can be narrowed to; every field optional. */
    public record Filter(FollowUpStatus status, Instant dueBefore, Instant dueAfter, UUID connectionId, UUID eventId) {
    }

    /** Per event: how many tasks, how many done, skipped, and open past their due time. */
    public record Progress(UUID eventId, String eventTitle, long total, long done, long skipped, long overdue) {
    }

    /** One of the owner's tasks; another's, a removed one and an unknown id are all equally absent. */
    Optional<Row> findOf(UUID taskId, UUID owner) {
        return getEntityManager().createQuery("select t, e.title from FollowUpTask t join Event e on e.id = t.eventId"
                        + " where t.id = :id and t.ownerId = :owner and t.removedAt is null", Object[].class)
                .setParameter("id", taskId)
                .setParameter("owner", owner)
                .getResultStream()
                .findFirst()
                .map(FollowUpRepository::row);
    }

    /** These tasks with their events' titles, soonest due first. */
    List<Row> rowsOf(List<UUID> taskIds) {
        return getEntityManager().createQuery("select t, e.title from FollowUpTask t join Event e on e.id = t.eventId"
                        + " where t.id in :ids order by t.dueAt, t.id", Object[].class)
                .setParameter("ids", taskIds)
                .getResultStream()
                .map(FollowUpRepository::row)
                .toList();
    }

    /** A page of the owner's tasks, soonest due first, in one statement. */
    List<Row> of(UUID owner, Filter filter, Cursor after, int limit) {
        StringBuilder jpql = new StringBuilder("select t, e.title from FollowUpTask t join Event e on e.id = t.eventId"
                + " where t.ownerId = :owner and t.removedAt is null");
        Map<String, Object> parameters = new HashMap<>();
        parameters.put("owner", owner);
        if (filter.status() != null) {
            jpql.append(" and t.status = :status");
            parameters.put("status", filter.status());
        }
        if (filter.dueBefore() != null) {
            jpql.append(" and t.dueAt < :dueBefore");
            parameters.put("dueBefore", filter.dueBefore());
        }
        if (filter.dueAfter() != null) {
            jpql.append(" and t.dueAt >= :dueAfter");
            parameters.put("dueAfter", filter.dueAfter());
        }
        if (filter.connectionId() != null) {
            jpql.append(" and t.connectionId = :connection");
            parameters.put("connection", filter.connectionId());
        }
        if (filter.eventId() != null) {
            jpql.append(" and t.eventId = :event");
            parameters.put("event", filter.eventId());
        }
        if (after != null) {
            jpql.append(" and (t.dueAt > :afterAt or (t.dueAt = :afterAt and t.id > :afterId))");
            parameters.put("afterAt", after.at());
            parameters.put("afterId", after.id());
        }
        jpql.append(" order by t.dueAt, t.id");
        var query = getEntityManager().createQuery(jpql.toString(), Object[].class);
        parameters.forEach(query::setParameter);
        return query.setMaxResults(limit).getResultList().stream().map(FollowUpRepository::row).toList();
    }

    /** A page of every attendee's tasks at the event, soonest due first. */
    List<FollowUpTask> atEvent(UUID eventId, Cursor after, int limit) {
        String page = after == null ? "" : " and (t.dueAt > :afterAt or (t.dueAt = :afterAt and t.id > :afterId))";
        var query = getEntityManager().createQuery("select t from FollowUpTask t where t.eventId = :event"
                + " and t.removedAt is null" + page + " order by t.dueAt, t.id", FollowUpTask.class)
                .setParameter("event", eventId);
        if (after != null) {
            query.setParameter("afterAt", after.at()).setParameter("afterId", after.id());
        }
        return query.setMaxResults(limit).getResultList();
    }

    /** The owner's progress per event, latest event first. */
    List<Progress> progressOf(UUID owner, UUID eventId, Instant now) {
        String oneEvent = eventId == null ? "" : " and t.eventId = :event";
        var query = getEntityManager().createQuery("""
                select t.eventId, e.title, count(t),
                       sum(case when t.status = app.rounds.followup.FollowUpStatus.DONE then 1 else 0 end),
                       sum(case when t.status = app.rounds.followup.FollowUpStatus.SKIPPED then 1 else 0 end),
                       sum(case when %s then 1 else 0 end)
                from FollowUpTask t join Event e on e.id = t.eventId
                where t.ownerId = :owner and t.removedAt is null%s
                group by t.eventId, e.title, e.startsAt
                order by e.startsAt desc, t.eventId""".formatted(OVERDUE, oneEvent), Object[].class)
                .setParameter("owner", owner)
                .setParameter("now", now);
        if (eventId != null) {
            query.setParameter("event", eventId);
        }
        return query.getResultList().stream()
                .map(columns -> new Progress((UUID) columns[0], (String) columns[1], ((Number) columns[2]).longValue(),
                        ((Number) columns[3]).longValue(), ((Number) columns[4]).longValue(), ((Number) columns[5]).longValue()))
                .toList();
    }

    private static Row row(Object[] columns) {
        return new Row((FollowUpTask) columns[0], (String) columns[1]);
    }
}
