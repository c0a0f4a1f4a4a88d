package app.rounds.suggestion;

import java.util.PriorityQueue;

/**
 * Keeps the best {@code limit} of many scored entries without sorting them all: a min-heap whose head is the worst
 * kept. An entry is a score with up to two seat indexes packed into one long, so that a greater long is a better
 * entry (higher score; on a tie, lower indexes, which are earlier names).
 */
final class Ranking {

    static final int MAX_SEATS = 1 << 20;
    private static final long INDEX_MASK = MAX_SEATS - 1;

    private final int limit;
    private final PriorityQueue<Long> kept = new PriorityQueue<>();

    Ranking(int limit) {
        this.limit = limit;
    }

    static long entry(int score, int first, int second) {
        return ((long) score << 40) | ((INDEX_MASK - first) << 20) | (INDEX_MASK - second);
    }

    static int first(long entry) {
        return (int) (INDEX_MASK - ((entry >>> 20) & INDEX_MASK));
    }

    static int second(long entry) {
        return (int) (INDEX_MASK - (entry & INDEX_MASK));
    }

    void offer(long entry) {
        if (kept.size() < limit) {
            kept.add(entry);
        } else if (entry > kept.peek()) {
            kept.poll();
            kept.add(entry);
        }
    }

    /** The kept entries, best first. */
    long[] best() {
        long[] ascending = kept.stream().mapToLong(Long::longValue).sorted().toArray();
        long[] best = new long[ascending.length];
        for (int i = 0; i < ascending.length; i++) {
            best[i] = ascending[ascending.length - 1 - i];
        }
        return best;
    }
}
