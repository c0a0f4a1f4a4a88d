package app.rounds.followup;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import app.rounds.common.persistence.ChangeStamp;
import app.rounds.common.persistence.SqlReads;

/**
 * What an owner's calendar feed shows of their follow-ups: open and done tasks due inside the window (skipped and
 * removed ones leave it), and a stamp over every task they ever had, so a removal or a task leaving the window
 * changes the stamp too.
 */
@ApplicationScoped
public class FollowUpCalendar {

    private static final String SHOWN = "t.removed_at IS NULL AND t.status <> 'SKIPPED' AND t.due_at >= :dueFrom";
    private static final String TASKS = """
            SELECT t.id, t.kind, k.label, k.needs_title, t.due_at, t.status, t.revision, t.updated_at, t.created_at,
                   e.title AS event_title
            FROM follow_up_task t
            JOIN follow_up_kind k ON k.code = t.kind
            JOIN event e ON e.id = t.event_id
            WHERE t.owner_id = :owner AND %s
            ORDER BY t.due_at, t.id
            """.formatted(SHOWN);
    private static final SqlReads.Columns TASK_COLUMNS = SqlReads.Columns.of("id", UUID.class)
            .text("kind", "label", "status", "event_title").with("needs_title", Boolean.class)
            .with("due_at", Instant.class).with("revision", Integer.class).with("updated_at", Instant.class)
            .with("created_at", Instant.class);
    private static final String STAMP = """
            SELECT count(*) FILTER (WHERE %1$s) AS shown, max(t.updated_at) AS last_change,
                   coalesce(sum(t.revision) FILTER (WHERE %1$s), 0) AS revisions
            FROM follow_up_task t WHERE t.owner_id = :owner
            """.formatted(SHOWN);

    /** One task as a calendar entry: no counterpart and no custom title, since people share their calendars. */
    public record Entry(UUID id, String kind, String label, boolean custom, Instant dueAt, FollowUpStatus status,
                        int revision, Instant updatedAt, Instant createdAt, String eventTitle) {
    }

    private final SqlReads sql;

    FollowUpCalendar(SqlReads sql) {
        this.sql = sql;
    }

    public List<Entry> entries(UUID owner, Instant dueFrom) {
        return sql.list(TASKS, TASK_COLUMNS, Map.of("owner", owner, "dueFrom", dueFrom),
                row -> new Entry(row.uuid("id"), row.text("kind"), row.text("label"), row.isTrue("needs_title"),
                        row.instant("due_at"), row.enumerated("status", FollowUpStatus.class), row.integer("revision"),
                        row.instant("updated_at"), row.instant("created_at"), row.text("event_title")));
    }

    public ChangeStamp stamp(UUID owner, Instant dueFrom) {
        return sql.list(STAMP, ChangeStamp.COLUMNS, Map.of("owner", owner, "dueFrom", dueFrom),
                ChangeStamp::of).get(0);
    }
}
