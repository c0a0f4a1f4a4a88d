package app.rounds.registration;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import app.rounds.common.persistence.SqlReads;
import app.rounds.event.EventStatus;

/**
 * The events an attendee's calendar shows: every published, completed or cancelled event they hold a place at (or
 * were waitlisted for, or missed) that ends inside the window. A cancelled event stays, so calendars mark it
 * cancelled instead of silently dropping it; a registration the attendee cancelled takes the event out.
 */
@ApplicationScoped
public class AttendanceCalendar {

    private static final String SHOWN = "r.status <> 'CANCELLED' AND e.status <> 'DRAFT' AND e.ends_at >= ?";
    private static final String EVENTS = """
            SELECT e.id, e.title, e.description, e.city, e.venue_name, e.venue_address, e.starts_at, e.ends_at, e.status,
                   r.status, e.revision, e.updated_at, e.created_at
            FROM registration r JOIN event e ON e.id = r.event_id
            WHERE r.account_id = ? AND %s
            ORDER BY e.starts_at, e.id
            """.formatted(SHOWN);
    private static final String STAMP = """
            SELECT count(*) FILTER (WHERE %1$s), max(greatest(r.updated_at, e.updated_at)),
                   coalesce(sum(e.revision) FILTER (WHERE %1$s), 0)
            FROM registration r JOIN event e ON e.id = r.event_id
            WHERE r.account_id = ?
            """.formatted(SHOWN);

    /** One event as a calendar shows it; {@code waitlisted} while the attendee has no seat yet. */
    public record Entry(UUID eventId, String title, String description, String city, String venueName, String venueAddress,
                        Instant startsAt, Instant endsAt, EventStatus status, boolean waitlisted, int revision,
                        Instant updatedAt, Instant createdAt) {
    }

    /** How many entries are shown, the latest change to any of the attendee's registrations or their events, revisions. */
    public record Stamp(long shown, Instant lastChange, long revisions) {
    }

    private final SqlReads sql;

    AttendanceCalendar(SqlReads sql) {
        this.sql = sql;
    }

    public List<Entry> entries(UUID attendee, Instant endsFrom) {
        return sql.list(EVENTS, statement -> {
            statement.setObject(1, attendee);
            statement.setObject(2, endsFrom.atOffset(ZoneOffset.UTC));
        }, row -> new Entry(row.getObject(1, UUID.class), row.getString(2), row.getString(3), row.getString(4),
                row.getString(5), row.getString(6), instant(row.getObject(7, OffsetDateTime.class)),
                instant(row.getObject(8, OffsetDateTime.class)), EventStatus.valueOf(row.getString(9)),
                RegistrationStatus.WAITLISTED.name().equals(row.getString(10)), row.getInt(11),
                instant(row.getObject(12, OffsetDateTime.class)), instant(row.getObject(13, OffsetDateTime.class))));
    }

    public Stamp stamp(UUID attendee, Instant endsFrom) {
        OffsetDateTime from = endsFrom.atOffset(ZoneOffset.UTC);
        return sql.list(STAMP, statement -> {
            statement.setObject(1, from);
            statement.setObject(2, from);
            statement.setObject(3, attendee);
        }, row -> new Stamp(row.getLong(1), instant(row.getObject(2, OffsetDateTime.class)), row.getLong(3))).get(0);
    }

    private static Instant instant(OffsetDateTime time) {
        return time == null ? null : time.toInstant();
    }
}
