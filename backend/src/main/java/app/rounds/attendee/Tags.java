package app.rounds.attendee;

import java.text.Normalizer;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

import app.rounds.common.error.InvalidInput;

/**
 * Free-text tags (procedures and case types) in one canonical form, so that "Cataract  Surgery " written by one
 * physician matches "cataract surgery" written by another: Unicode NFC, trimmed, inner whitespace collapsed to one
 * space, lower case; duplicates after that are dropped, first occurrence kept.
 */
public final class Tags {

    public static final int MAX_PER_LIST = 20;
    public static final int MIN_LENGTH = 2;
    public static final int MAX_LENGTH = 60;
    private static final Pattern WHITESPACE = Pattern.compile("[\\s\\p{Z}\\p{Cc}]+");

    private Tags() {
    }

    public static String normalise(String tag) {
        String composed = Normalizer.normalize(tag, Normalizer.Form.NFC);
        return WHITESPACE.matcher(composed).replaceAll(" ").strip().toLowerCase(Locale.ROOT);
    }

    /**
     * Whether the tag is already in its normalised form. Profiles are read far more often than written, so the common
     * case (plain ASCII) is decided by one pass over the characters; anything else falls back to {@link #normalise}.
     */
    public static boolean isNormalised(String tag) {
        if (tag.isEmpty() || tag.charAt(0) == ' ' || tag.charAt(tag.length() - 1) == ' ') {
            return tag.isEmpty();
        }
        char previous = 0;
        for (int i = 0; i < tag.length(); i++) {
            char c = tag.charAt(i);
            boolean plain = (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || (c == ' ' && previous != ' ')
                    || (c > ' ' && c < 'A') || (c > 'Z' && c < 'a') || (c > 'z' && c < 127);
            if (!plain) {
                return tag.equals(normalise(tag));
            }
            previous = c;
        }
        return true;
    }

    /** The normalised list; {@code field} names the list in the error when a tag is too short or too long. */
    public static List<String> normaliseAll(String field, List<String> tags) {
        if (tags == null) {
            return List.of();
        }
        Set<String> normalised = new LinkedHashSet<>();
        for (int i = 0; i < tags.size(); i++) {
            String raw = tags.get(i);
            String tag = raw == null ? "" : normalise(raw);
            int length = tag.codePointCount(0, tag.length());
            if (length < MIN_LENGTH || length > MAX_LENGTH) {
                throw new InvalidInput(field + "[" + i + "]",
                        "must have " + MIN_LENGTH + " to " + MAX_LENGTH + " characters besides spaces at the ends");
            }
            normalised.add(tag);
        }
        if (normalised.size() > MAX_PER_LIST) {
            throw new InvalidInput(field, "must hold at most " + MAX_PER_LIST + " tags");
        }
        return List.copyOf(normalised);
    }
}
