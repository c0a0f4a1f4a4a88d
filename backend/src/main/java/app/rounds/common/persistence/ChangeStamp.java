package app.rounds.common.persistence;

import java.time.Instant;

/**
 * What tells whether a list changed, read by one aggregate statement instead of the list itself: how many entries it
 * shows, the latest change to any row it was drawn from (one that left it included), and the sum of the shown
 * entries' revisions. The statement names its aggregates {@code shown}, {@code last_change} and {@code revisions}.
 */
public record ChangeStamp(long shown, Instant lastChange, long revisions) {

    public static final SqlReads.Columns COLUMNS = SqlReads.Columns.of("shown", Long.class)
            .with("last_change", Instant.class).with("revisions", Long.class);

    public static ChangeStamp of(SqlReads.Row row) {
        return new ChangeStamp(row.count("shown"), row.instant("last_change"), row.count("revisions"));
    }
}
