package app.rounds.common.paging;

import java.util.List;
import java.util.function.Function;

/** One page cut from a query that fetched one row more than asked, so it knows whether a next page exists. */
public record Slice<T>(List<T> items, String nextCursor) {

    static <T> Slice<T> of(List<T> fetchedOneMore, int limit, Function<T, Cursor> positionOf, Function<Cursor, String> encoder) {
        List<T> page = fetchedOneMore.subList(0, Math.min(limit, fetchedOneMore.size()));
        String next = fetchedOneMore.size() > limit ? encoder.apply(positionOf.apply(page.get(page.size() - 1))) : null;
        return new Slice<>(page, next);
    }
}
