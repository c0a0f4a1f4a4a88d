package app.rounds.registration;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Tuple;

/**
 * Counts of one event's registrations for the organizer's dashboard, each one SQL aggregate. Seats are read from the
 * {@code seat} view, so "holds a seat" keeps its one home; the other statuses are this feature's own.
 */
@ApplicationScoped
public class AttendanceFigures {

    private final EntityManager entityManager;

    AttendanceFigures(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    /**
     * When the counts of {@link #of} turn by time alone: at the event's end, seated attendees not checked in become
     * no-shows. Null once it has ended.
     */
    public static Instant nextTurn(Instant endsAt, Instant now) {
        return endsAt.isAfter(now) ? endsAt : null;
    }

    /** How many hold a seat, were checked in, wait, cancelled, and (once the event has ended) never came. */
    public record Attendance(long registered, long checkedIn, long waitlisted, long cancelled, long noShows) {
    }

    /** Check-ins in one quarter hour starting at {@code from}. */
    public record CheckIns(Instant from, long count) {
    }

    /** Across events: who held a seat, who came, and how many of those came for the first time to any event. */
    public record EventAttendance(UUID eventId, long registered, long attended, long firstTimers) {
    }

    /** Someone who held a seat at several ended events and was checked in at none of them. */
    public record Absentee(UUID accountId, long registrations) {
    }

    /**
     * For each event that has a seat taken: seats, check-ins, and check-ins of people never checked in at an event that
     * started earlier. One aggregate; events without registrations are absent.
     */
    public List<EventAttendance> acrossEvents(List<UUID> eventIds) {
        if (eventIds.isEmpty()) {
            return List.of();
        }
        // Each attendee's first check-in anywhere, found once per attendee rather than probed once per seat: a
        // first-timer is checked in at an event no later than that first visit.
        List<Tuple> rows = entityManager.createNativeQuery("""
                        WITH chosen AS MATERIALIZED (
                            SELECT s.event_id, s.account_id, s.checked_in, e.starts_at
                            FROM seat s JOIN event e ON e.id = s.event_id
                            WHERE s.event_id IN (:events)),
                        first_visit AS (
                            SELECT p.account_id, min(pe.starts_at) AS starts_at
                            FROM seat p JOIN event pe ON pe.id = p.event_id
                            WHERE p.checked_in AND p.account_id IN (SELECT account_id FROM chosen WHERE checked_in)
                            GROUP BY p.account_id)
                        SELECT c.event_id,
                               count(*) AS registered,
                               count(*) FILTER (WHERE c.checked_in) AS attended,
                               count(*) FILTER (WHERE c.checked_in AND f.starts_at >= c.starts_at) AS first_timers
                        FROM chosen c LEFT JOIN first_visit f ON f.account_id = c.account_id
                        GROUP BY c.event_id""", Tuple.class)
                .setParameter("events", eventIds)
                .getResultList();
        return rows.stream().map(row -> new EventAttendance((UUID) row.get("event_id"), count(row, "registered"),
                count(row, "attended"), count(row, "first_timers"))).toList();
    }

    /**
     * People who held a seat at {@code atLeast} or more of these events that had ended by {@code now} and were checked
     * in at none of them, most registrations first, at most {@code limit}.
     */
    public List<Absentee> neverCame(List<UUID> eventIds, int atLeast, int limit, Instant now) {
        if (eventIds.isEmpty()) {
            return List.of();
        }
        List<Tuple> rows = entityManager.createNativeQuery("""
                        SELECT r.account_id, count(*) AS registrations
                        FROM registration r JOIN event e ON e.id = r.event_id
                        WHERE r.event_id IN (:events) AND e.ends_at <= :now
                          AND r.status IN ('REGISTERED', 'CHECKED_IN', 'NO_SHOW')
                        GROUP BY r.account_id
                        HAVING count(*) >= :atLeast AND count(*) FILTER (WHERE r.status = 'CHECKED_IN') = 0
                        ORDER BY registrations DESC, r.account_id
                        LIMIT :limit""", Tuple.class)
                .setParameter("events", eventIds)
                .setParameter("now", now)
                .setParameter("atLeast", atLeast)
                .setParameter("limit", limit)
                .getResultList();
        return rows.stream().map(row -> new Absentee((UUID) row.get("account_id"), count(row, "registrations"))).toList();
    }

    public Attendance of(UUID eventId, Instant now) {
        Tuple row = (Tuple) entityManager.createNativeQuery("""
                        SELECT count(s.registration_id) AS registered,
                               count(*) FILTER (WHERE s.checked_in) AS checked_in,
                               count(*) FILTER (WHERE r.status = 'WAITLISTED') AS waitlisted,
                               count(*) FILTER (WHERE r.status = 'CANCELLED') AS cancelled,
                               count(*) FILTER (WHERE r.status = 'NO_SHOW'
                                   OR (s.registration_id IS NOT NULL AND NOT s.checked_in AND e.ends_at <= :now)) AS no_shows
                        FROM registration r
                        JOIN event e ON e.id = r.event_id
                        LEFT JOIN seat s ON s.registration_id = r.id
                        WHERE r.event_id = :event""", Tuple.class)
                .setParameter("event", eventId)
                .setParameter("now", now)
                .getSingleResult();
        return new Attendance(count(row, "registered"), count(row, "checked_in"), count(row, "waitlisted"),
                count(row, "cancelled"), count(row, "no_shows"));
    }

    /** Check-ins per quarter hour, counted from the event's start, within [from, to) when given; earliest first. */
    public List<CheckIns> overTime(UUID eventId, Instant from, Instant to) {
        String range = (from == null ? "" : " AND r.checked_in_at >= :from") + (to == null ? "" : " AND r.checked_in_at < :to");
        var query = entityManager.createNativeQuery("""
                        SELECT date_bin('15 minutes', r.checked_in_at, e.starts_at) AS bucket, count(*) AS check_ins
                        FROM registration r JOIN event e ON e.id = r.event_id
                        WHERE r.event_id = :event AND r.checked_in_at IS NOT NULL%s
                        GROUP BY bucket ORDER BY bucket""".formatted(range), Tuple.class)
                .setParameter("event", eventId);
        if (from != null) {
            query.setParameter("from", from);
        }
        if (to != null) {
            query.setParameter("to", to);
        }
        List<Tuple> rows = query.getResultList();
        return rows.stream().map(row -> new CheckIns(instant(row.get("bucket")), count(row, "check_ins"))).toList();
    }

    private static Instant instant(Object value) {
        return value instanceof java.time.OffsetDateTime at ? at.toInstant()
                : value instanceof java.sql.Timestamp at ? at.toInstant() : (Instant) value;
    }

    private static long count(Tuple row, String column) {
        return ((Number) row.get(column)).longValue();
    }
}
