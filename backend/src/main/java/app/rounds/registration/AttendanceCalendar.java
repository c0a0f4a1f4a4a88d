package app.rounds.registration;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import app.rounds.common.persistence.ChangeStamp;
import app.rounds.common.persistence.SqlReads;
import app.rounds.event.EventStatus;

/**
 * The events an attendee's calendar shows: every published, completed or cancelled event they hold a place at (or
 * were waitlisted for, or missed) that ends inside the window. A cancelled event stays, so calendars mark it
 * cancelled instead of silently dropping it; a registration the attendee cancelled takes the event out.
 */
@ApplicationScoped
public class AttendanceCalendar {

    private static final String SHOWN = "r.status <> 'CANCELLED' AND e.status <> 'DRAFT' AND e.ends_at >= :endsFrom";
    private static final String EVENTS = """
            SELECT e.id, e.title, e.description, e.city, e.venue_name, e.venue_address, e.starts_at, e.ends_at,
                   e.status, r.status AS registration_status, e.revision, e.updated_at, e.created_at
            FROM registration r JOIN event e ON e.id = r.event_id
            WHERE r.account_id = :attendee AND %s
            ORDER BY e.starts_at, e.id
            """.formatted(SHOWN);
    private static final SqlReads.Columns EVENT_COLUMNS = SqlReads.Columns.of("id", UUID.class)
            .text("title", "description", "city", "venue_name", "venue_address", "status", "registration_status")
            .with("starts_at", Instant.class).with("ends_at", Instant.class).with("revision", Integer.class)
            .with("updated_at", Instant.class).with("created_at", Instant.class);
    private static final String STAMP = """
            SELECT count(*) FILTER (WHERE %1$s) AS shown, max(greatest(r.updated_at, e.updated_at)) AS last_change,
                   coalesce(sum(e.revision) FILTER (WHERE %1$s), 0) AS revisions
            FROM registration r JOIN event e ON e.id = r.event_id
            WHERE r.account_id = :attendee
            """.formatted(SHOWN);

    /** One event as a calendar shows it; {@code waitlisted} while the attendee has no seat yet. */
    public record Entry(UUID eventId, String title, String description, String city, String venueName, String venueAddress,
                        Instant startsAt, Instant endsAt, EventStatus status, boolean waitlisted, int revision,
                        Instant updatedAt, Instant createdAt) {
    }

    private final SqlReads sql;

    AttendanceCalendar(SqlReads sql) {
        this.sql = sql;
    }

    public List<Entry> entries(UUID attendee, Instant endsFrom) {
        return sql.list(EVENTS, EVENT_COLUMNS, Map.of("attendee", attendee, "endsFrom", endsFrom),
                row -> new Entry(row.uuid("id"), row.text("title"), row.text("description"), row.text("city"),
                        row.text("venue_name"), row.text("venue_address"), row.instant("starts_at"), row.instant("ends_at"),
                        row.enumerated("status", EventStatus.class),
                        RegistrationStatus.WAITLISTED.name().equals(row.text("registration_status")), row.integer("revision"),
                        row.instant("updated_at"), row.instant("created_at")));
    }

    public ChangeStamp stamp(UUID attendee, Instant endsFrom) {
        return sql.list(STAMP, ChangeStamp.COLUMNS, Map.of("attendee", attendee, "endsFrom", endsFrom),
                ChangeStamp::of).get(0);
    }
}
