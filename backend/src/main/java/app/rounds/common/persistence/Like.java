package app.rounds.common.persistence;

/** Case-insensitive "contains" searches in JPQL, with the user's text escaped so that {@code %} and {@code _} match themselves. */
public final class Like {

    private Like() {
    }

    /** A condition that {@code field}, lower-cased, contains the pattern bound to {@code :parameter} by {@link #containing}. */
    public static String lowerContains(String field, String parameter) {
        return "lower(" + field + ") like :" + parameter + " escape '\\'";
    }

    /** The pattern for {@link #lowerContains}: the stripped, lower-cased text anywhere in the value. */
    public static String containing(String text) {
        String escaped = text.strip().toLowerCase().replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
        return "%" + escaped + "%";
    }
}
