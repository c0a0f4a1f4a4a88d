package app.rounds.integration.changes;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import app.rounds.common.error.Expired;
import app.rounds.common.persistence.SqlReads;
import io.quarkus.narayana.jta.QuarkusTransaction;

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
 *
 * <p>Changes are kept for {@code rounds.changes.retention}; the sweep records the latest position it deleted (the
 * horizon). The feed starts there, and a cursor before it is answered with 410 Gone, never with a page that silently
 * skips what was deleted.
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

    /**
     * One batch of the retention sweep: final rows older than the cutoff, oldest positions first (the index order), and
     * the horizon moved to the latest position deleted, in the same transaction.
     */
    private static final String FORGET_BATCH = """
            WITH gone AS (
                DELETE FROM change_log WHERE id IN (
                    SELECT id FROM change_log
                    WHERE changed_at < :cutoff AND xid < pg_snapshot_xmin(pg_current_snapshot())
                    ORDER BY xid, id
                    LIMIT :batch)
                RETURNING xid, id),
            latest AS (SELECT xid, id FROM gone ORDER BY xid DESC, id DESC LIMIT 1),
            moved AS (
                UPDATE change_log_horizon h SET xid = latest.xid, id = latest.id FROM latest
                WHERE (h.xid, h.id) < (latest.xid, latest.id)
                RETURNING 1)
            SELECT count(*) FROM gone
            """;
    private static final int FORGET_BATCH_SIZE = 5000;

    private final SqlReads reads;
    private final EntityManager entityManager;
    private final Duration retention;

    ChangeFeed(SqlReads reads, EntityManager entityManager,
               @ConfigProperty(name = "rounds.changes.retention") Duration retention) {
        this.reads = reads;
        this.entityManager = entityManager;
        this.retention = retention;
    }

    /**
     * Up to {@code limit} changes after the position that this audience may see, oldest first, with the position to
     * continue from (the last change's, or the same one when nothing new is final yet).
     */
    @Transactional
    public Page after(FeedPosition after, int limit, ChangeAudience audience) {
        FeedPosition from = startingPoint(after);
        if (audience.kinds().isEmpty()) {
            return new Page(List.of(), from, false);
        }
        List<Change> changes = reads.list(PAGE, COLUMNS,
                Map.of("xid", Long.toUnsignedString(from.xid()), "id", from.id(), "kinds", audience.codes(), "limit", limit + 1),
                row -> new Change(new FeedPosition(Long.parseUnsignedLong(row.text("xid")), row.get("id", Long.class)),
                        ChangeKind.ofCode(row.text("kind")).orElseThrow(), row.text("operation"), row.uuid("object_id"),
                        row.instant("changed_at")));
        boolean more = changes.size() > limit;
        List<Change> shown = more ? changes.subList(0, limit) : changes;
        return new Page(shown, shown.isEmpty() ? from : shown.get(shown.size() - 1).position(), more);
    }

    /** The feed begins at the horizon; a cursor before it may have missed deleted changes. */
    private FeedPosition startingPoint(FeedPosition after) {
        FeedPosition horizon = horizon();
        if (after.equals(FeedPosition.START)) {
            return horizon;
        }
        if (after.isBefore(horizon)) {
            throw new Expired("This cursor is older than the change feed keeps (" + retention.toDays() + " days):"
                    + " changes after it were deleted. Resync: read the records afresh, then follow the feed from the"
                    + " start (no cursor)");
        }
        return after;
    }

    /** Deletes changes older than the retention, a batch per transaction; how many went. */
    public long forgetOldChanges(Instant now) {
        Instant cutoff = now.minus(retention);
        long deleted = 0;
        long batch;
        do {
            batch = QuarkusTransaction.requiringNew().call(() -> ((Number) entityManager.createNativeQuery(FORGET_BATCH)
                    .setParameter("cutoff", Timestamp.from(cutoff))
                    .setParameter("batch", FORGET_BATCH_SIZE)
                    .getSingleResult()).longValue());
            deleted += batch;
        } while (batch == FORGET_BATCH_SIZE);
        return deleted;
    }

    private FeedPosition horizon() {
        Object[] row = (Object[]) entityManager.createNativeQuery("SELECT xid::text, id FROM change_log_horizon")
                .getSingleResult();
        return new FeedPosition(Long.parseUnsignedLong((String) row[0]), ((Number) row[1]).longValue());
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
