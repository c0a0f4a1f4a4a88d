package app.rounds.registration;

import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;

import app.rounds.common.error.NotFound;
import app.rounds.common.paging.Cursor;
import app.rounds.common.persistence.Like;
import app.rounds.common.persistence.SqlReads;
import app.rounds.event.Event;
import app.rounds.event.EventStatus;

/** Read-side queries for lists: each one statement, whatever the page size. */
@ApplicationScoped
public class RegistrationQueries {

    /** Plain SQL: the {@code seat} view has no entity. */
    private static final String SEAT_ACCESS = """
            SELECT e.status, EXISTS (SELECT 1 FROM seat s WHERE s.event_id = e.id AND s.account_id = :caller) AS seated
            FROM event e WHERE e.id = :event
            """;
    private static final SqlReads.Columns SEAT_ACCESS_COLUMNS = SqlReads.Columns.of("status", String.class)
            .with("seated", Boolean.class);

    private final EntityManager entityManager;
    private final SqlReads sql;

    RegistrationQueries(EntityManager entityManager, SqlReads sql) {
        this.entityManager = entityManager;
        this.sql = sql;
    }

    /** A registration with its attendee's name and, while waitlisted, place in line. */
    public record Row(Registration registration, String attendeeName, Integer waitlistRank) {
    }

    /** An event's registrations for organizers: by status, name search, in order of arrival (waitlist: in line order). */
    List<Row> ofEvent(UUID eventId, RegistrationStatus status, String nameContains, Cursor after, int limit) {
        boolean waitlist = status == RegistrationStatus.WAITLISTED;
        StringBuilder jpql = new StringBuilder("select r, a.displayName, ")
                .append(rankExpression())
                .append(" from Registration r, Account a where a.id = r.accountId and r.eventId = :eventId");
        Map<String, Object> parameters = new HashMap<>();
        parameters.put("eventId", eventId);
        if (status != null) {
            jpql.append(" and r.status = :status");
            parameters.put("status", status);
        }
        if (nameContains != null && !nameContains.isBlank()) {
            jpql.append(" and ").append(Like.lowerContains("a.displayName", "name"));
            parameters.put("name", Like.containing(nameContains));
        }
        if (after != null) {
            if (waitlist) {
                jpql.append(" and (r.waitlistPosition > :afterPosition or (r.waitlistPosition = :afterPosition and r.id > :afterId))");
                parameters.put("afterPosition", after.at().getEpochSecond());
            } else {
                jpql.append(" and (r.createdAt > :afterAt or (r.createdAt = :afterAt and r.id > :afterId))");
                parameters.put("afterAt", after.at());
            }
            parameters.put("afterId", after.id());
        }
        jpql.append(waitlist ? " order by r.waitlistPosition, r.id" : " order by r.createdAt, r.id");
        var query = entityManager.createQuery(jpql.toString(), Object[].class);
        parameters.forEach(query::setParameter);
        return query.setMaxResults(limit).getResultList().stream().map(RegistrationQueries::row).toList();
    }

    /** Every registration of an event in order of arrival, a page at a time (exports read the whole list this way). */
    public List<Row> allOfEvent(UUID eventId, Cursor after, int limit) {
        return ofEvent(eventId, null, null, after, limit);
    }

    /** Where the next page starts; waitlist pages are keyed by place in line rather than by time. */
    static Cursor cursorAfter(Registration last, RegistrationStatus listedStatus) {
        return listedStatus == RegistrationStatus.WAITLISTED
                ? new Cursor(Instant.ofEpochSecond(last.waitlistPosition()), last.id())
                : new Cursor(last.createdAt(), last.id());
    }

    public record TicketRow(Registration registration, Event event, String attendeeName, Integer waitlistRank) {
    }

    /** The caller's registrations with their events, in event start order; upcoming or past, or only the one at {@code eventId}. */
    List<TicketRow> ticketsOf(UUID accountId, UUID eventId, boolean past, Instant now, Cursor after, int limit) {
        StringBuilder jpql = new StringBuilder("select r, e, a.displayName, ").append(rankExpression())
                .append(" from Registration r, Event e, Account a where e.id = r.eventId and a.id = r.accountId")
                .append(" and r.accountId = :accountId and r.status <> :cancelled")
                .append(eventId != null ? " and r.eventId = :eventId" : past ? " and e.endsAt < :now" : " and e.endsAt >= :now");
        if (after != null) {
            jpql.append(past
                    ? " and (e.startsAt < :afterAt or (e.startsAt = :afterAt and r.id < :afterId))"
                    : " and (e.startsAt > :afterAt or (e.startsAt = :afterAt and r.id > :afterId))");
        }
        jpql.append(past ? " order by e.startsAt desc, r.id desc" : " order by e.startsAt, r.id");
        var query = entityManager.createQuery(jpql.toString(), Object[].class)
                .setParameter("accountId", accountId)
                .setParameter("cancelled", RegistrationStatus.CANCELLED);
        if (eventId != null) {
            query.setParameter("eventId", eventId);
        } else {
            query.setParameter("now", now);
        }
        if (after != null) {
            query.setParameter("afterAt", after.at()).setParameter("afterId", after.id());
        }
        return query.setMaxResults(limit).getResultList().stream()
                .map(columns -> new TicketRow((Registration) columns[0], (Event) columns[1], (String) columns[2], rank(columns[3])))
                .toList();
    }

    /** The event's most recent check-ins, latest first. */
    List<Row> latestCheckIns(UUID eventId, int limit) {
        return entityManager.createQuery("select r, a.displayName, " + rankExpression()
                        + " from Registration r, Account a where a.id = r.accountId and r.eventId = :eventId"
                        + " and r.status = :checkedIn order by r.checkedInAt desc, r.id desc", Object[].class)
                .setParameter("eventId", eventId)
                .setParameter("checkedIn", RegistrationStatus.CHECKED_IN)
                .setMaxResults(limit)
                .getResultList().stream().map(RegistrationQueries::row).toList();
    }

    Row one(Registration registration) {
        Object[] columns = entityManager.createQuery("select r, a.displayName, " + rankExpression()
                        + " from Registration r, Account a where a.id = r.accountId and r.id = :id", Object[].class)
                .setParameter("id", registration.id())
                .getSingleResult();
        return row(columns);
    }

    /**
     * The seat-access decision, in one statement: whether the caller holds a seat at the event. An event the caller may
     * not know of (none, or a draft to an attendee) is not found; what a missing seat refuses is the asking feature's.
     */
    public boolean holdsSeat(UUID eventId, UUID callerId, boolean callerIsOrganizer) {
        SeatAccess access = seatAccess(eventId, callerId);
        if (access == SeatAccess.NO_EVENT || (access == SeatAccess.DRAFT && !callerIsOrganizer)) {
            throw new NotFound("Event");
        }
        return access == SeatAccess.ATTENDING;
    }

    private SeatAccess seatAccess(UUID eventId, UUID callerId) {
        List<SeatAccess> found = sql.list(SEAT_ACCESS, SEAT_ACCESS_COLUMNS, Map.of("caller", callerId, "event", eventId),
                row -> row.enumerated("status", EventStatus.class) == EventStatus.DRAFT ? SeatAccess.DRAFT
                        : row.isTrue("seated") ? SeatAccess.ATTENDING : SeatAccess.NOT_ATTENDING);
        return found.isEmpty() ? SeatAccess.NO_EVENT : found.get(0);
    }

    private enum SeatAccess { NO_EVENT, DRAFT, ATTENDING, NOT_ATTENDING }

    private static String rankExpression() {
        return "(select count(w) from Registration w where w.eventId = r.eventId and w.status = app.rounds.registration.RegistrationStatus.WAITLISTED"
                + " and w.waitlistPosition <= r.waitlistPosition)";
    }

    private static Row row(Object[] columns) {
        return new Row((Registration) columns[0], (String) columns[1], rank(columns[2]));
    }

    private static Integer rank(Object value) {
        return value == null ? null : ((Number) value).intValue();
    }
}
