package app.rounds.suggestion;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Gives each distinct word (a tag, a city key) a small int, so that scoring compares sorted int arrays instead of
 * strings. One interner serves one event's snapshot; it is filled while the snapshot is built and only read after.
 */
public final class Interner {

    private final Map<String, Integer> ids = new HashMap<>();
    private final List<String> words = new ArrayList<>();

    public int id(String word) {
        return ids.computeIfAbsent(word, added -> {
            words.add(added);
            return words.size() - 1;
        });
    }

    /** The ids of the words, sorted and without repeats. */
    public int[] ids(List<String> words) {
        return words.stream().mapToInt(this::id).sorted().distinct().toArray();
    }

    public String word(int id) {
        return words.get(id);
    }

    static boolean contains(int[] sorted, int id) {
        return Arrays.binarySearch(sorted, id) >= 0;
    }
}
