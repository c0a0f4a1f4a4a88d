package app.rounds.integration.changes;

import jakarta.enterprise.context.ApplicationScoped;

import app.rounds.common.error.InvalidInput;
import app.rounds.common.paging.CursorCodec;

/** The change feed's cursors: positions signed by {@link CursorCodec} for the feed only, so no list's cursor reads here. */
@ApplicationScoped
public class FeedCursors {

    private static final String PURPOSE = "change-feed";
    private final CursorCodec codec;

    FeedCursors(CursorCodec codec) {
        this.codec = codec;
    }

    public String encode(FeedPosition position) {
        return codec.encode(PURPOSE, position.text());
    }

    /** The start of the feed without a cursor; a cursor this feed did not issue is invalid input of {@code field}. */
    public FeedPosition decode(String cursor, String field) {
        if (cursor == null || cursor.isBlank()) {
            return FeedPosition.START;
        }
        String text = codec.decode(PURPOSE, cursor, field);
        try {
            return FeedPosition.parse(text);
        } catch (IllegalArgumentException e) {
            throw new InvalidInput(field, "is not a cursor this service issued");
        }
    }
}
