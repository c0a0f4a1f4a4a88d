package app.rounds.followup;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import app.rounds.common.persistence.SqlReads;

/**
 * What an owner's calendar feed shows of their follow-ups: open and done tasks due inside the window (skipped and
 * removed ones leave it), and a stamp over every task they ever had, so a removal or a task leaving the window
 * changes the stamp too.
 */
@ApplicationScoped
public class FollowUpCalendar {

    private static final String TASKS = """
            SELECT t.id, t.kind, k.label, k.needs_title, t.due_at, t.status, t.revision, t.updated_at, t.created_at, e.title
            FROM follow_up_task t
            JOIN follow_up_kind k ON k.code = t.kind
            JOIN event e ON e.id = t.event_id
            WHERE t.owner_id = ? AND t.removed_at IS NULL AND t.status <> 'SKIPPED' AND t.due_at >= ?
            ORDER BY t.due_at, t.id
            """;
    private static final String STAMP = """
            SELECT count(*) FILTER (WHERE removed_at IS NULL AND status <> 'SKIPPED' AND due_at >= ?),
                   max(updated_at),
                   coalesce(sum(revision) FILTER (WHERE removed_at IS NULL AND status <> 'SKIPPED' AND due_at >= ?), 0)
            FROM follow_up_task WHERE owner_id = ?
            """;

    /** One task as a calendar entry: no counterpart and no custom title, since people share their calendars. */
    public record Entry(UUID id, String kind, String label, boolean custom, Instant dueAt, FollowUpStatus status,
                        int revision, Instant updatedAt, Instant createdAt, String eventTitle) {
    }

    /** How many entries are shown, the latest change to any task, and the sum of the shown entries' revisions. */
    public record Stamp(long shown, Instant lastChange, long revisions) {
    }

    private final SqlReads sql;

    FollowUpCalendar(SqlReads sql) {
        this.sql = sql;
    }

    public List<Entry> entries(UUID owner, Instant dueFrom) {
        OffsetDateTime from = dueFrom.atOffset(java.time.ZoneOffset.UTC);
        return sql.list(TASKS, statement -> {
            statement.setObject(1, owner);
            statement.setObject(2, from);
        }, row -> new Entry(row.getObject(1, UUID.class), row.getString(2), row.getString(3), row.getBoolean(4),
                row.getObject(5, OffsetDateTime.class).toInstant(), FollowUpStatus.valueOf(row.getString(6)), row.getInt(7),
                row.getObject(8, OffsetDateTime.class).toInstant(), row.getObject(9, OffsetDateTime.class).toInstant(),
                row.getString(10)));
    }

    public Stamp stamp(UUID owner, Instant dueFrom) {
        OffsetDateTime from = dueFrom.atOffset(java.time.ZoneOffset.UTC);
        return sql.list(STAMP, statement -> {
            statement.setObject(1, from);
            statement.setObject(2, from);
            statement.setObject(3, owner);
        }, row -> {
            OffsetDateTime last = row.getObject(2, OffsetDateTime.class);
            return new Stamp(row.getLong(1), last == null ? null : last.toInstant(), row.getLong(3));
        }).get(0);
    }
}
