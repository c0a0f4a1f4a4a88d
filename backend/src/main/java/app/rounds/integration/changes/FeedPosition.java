package app.rounds.integration.changes;

/**
 * A place in the change feed: the transaction id and row id of the last change a reader took. Rows are read in
 * (xid, id) order and only below the watermark, so everything at or before a position is final.
 */
public record FeedPosition(long xid, long id) {

    public static final FeedPosition START = new FeedPosition(0, 0);

    /** Whether this position comes before the other in feed order. */
    boolean isBefore(FeedPosition other) {
        int byXid = Long.compareUnsigned(xid, other.xid);
        return byXid < 0 || byXid == 0 && id < other.id;
    }

    String text() {
        return xid + ":" + id;
    }

    static FeedPosition parse(String text) {
        String[] parts = text.split(":", -1);
        if (parts.length != 2) {
            throw new IllegalArgumentException("not a feed position");
        }
        return new FeedPosition(Long.parseUnsignedLong(parts[0]), Long.parseLong(parts[1]));
    }
}
