package app.rounds.integration.changes;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import app.rounds.common.persistence.SqlReads;

/**
 * Reads the change log as a feed that never skips and never repeats.
 *
 * <p>Why not a timestamp or a sequence: both are taken when a row is written, not when its transaction commits, so a
 * transaction that started early and committed late puts rows behind a position a reader has already passed. Each
 * row here carries its transaction's id ({@code xid8}), and a page holds only rows whose transaction id is below
 * {@code pg_snapshot_xmin(pg_current_snapshot())}, the oldest transaction still running when the page is read. Every
 * transaction below it has ended, so the rows below it are all there is and will ever be: reading them in
 * (xid, id) order from the last position taken sees each change once. A late commit only holds the watermark
 * back (that wait is the feed's lag, see {@link ChangeFeedLag}); its rows appear once it ends.
 */
@ApplicationScoped
public class ChangeFeed {

    /** Watermark and rows come from one statement, so both are read under the same snapshot. */
    private static final String PAGE = """
            SELECT c.id, c.xid::text AS xid, c.kind, c.operation, c.object_id, c.changed_at
            FROM change_log c
            WHERE (c.xid, c.id) > (CAST(:xid AS xid8), :id)
              AND c.xid < pg_snapshot_xmin(pg_current_snapshot())
              AND c.kind = ANY (:kinds)
            ORDER BY c.xid, c.id
            LIMIT :limit
            """;
    private static final SqlReads.Columns COLUMNS = SqlReads.Columns.of("id", Long.class).text("xid", "kind", "operation")
            .with("object_id", UUID.class).with("changed_at", Instant.class);

    private final SqlReads reads;

    ChangeFeed(SqlReads reads) {
        this.reads = reads;
    }

    /**
     * Up to {@code limit} changes after the position that this audience may see, oldest first, with the position to
     * continue from (the last change's, or the same one when nothing new is final yet).
     */
    @Transactional
    public Page after(FeedPosition after, int limit, ChangeAudience audience) {
        if (audience.kinds().isEmpty()) {
            return new Page(List.of(), after, false);
        }
        List<Change> changes = reads.list(PAGE, COLUMNS,
                Map.of("xid", Long.toUnsignedString(after.xid()), "id", after.id(), "kinds", audience.codes(), "limit", limit + 1),
                row -> new Change(new FeedPosition(Long.parseUnsignedLong(row.text("xid")), row.get("id", Long.class)),
                        ChangeKind.ofCode(row.text("kind")).orElseThrow(), row.text("operation"), row.uuid("object_id"),
                        row.instant("changed_at")));
        boolean more = changes.size() > limit;
        List<Change> shown = more ? changes.subList(0, limit) : changes;
        return new Page(shown, shown.isEmpty() ? after : shown.get(shown.size() - 1).position(), more);
    }

    /** One recorded change: what kind of record, created/updated/deleted, which one, when, and where it sits in the feed. */
    public record Change(FeedPosition position, ChangeKind kind, String operation, UUID objectId, Instant changedAt) {

        /** The Standard Webhooks style type, e.g. {@code registration.created}. */
        public String type() {
            return kind.code() + "." + operation;
        }
    }

    public record Page(List<Change> changes, FeedPosition next, boolean more) {
    }
}
