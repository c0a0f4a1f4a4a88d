package app.rounds.common.web;

import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.UUID;

import app.rounds.common.error.InvalidInput;

/**
 * Parses query parameters here rather than through JAX-RS conversion, which answers a malformed value with a 404;
 * a client deserves a 400 that names the parameter.
 */
public final class QueryValues {

    private QueryValues() {
    }

    public static OffsetDateTime dateTime(String name, String raw) {
        if (raw == null || raw.isBlank()) {
            return null;
        }
        OffsetDateTime parsed;
        try {
            parsed = OffsetDateTime.parse(raw.strip());
        } catch (DateTimeParseException e) {
            throw new InvalidInput(name, "must be an RFC 3339 date-time with offset, e.g. 2026-12-01T18:00:00-05:00");
        }
        if (!DateTimeRange.contains(parsed)) {
            throw new InvalidInput(name, DateTimeRange.MESSAGE);
        }
        return parsed;
    }

    public static <E extends Enum<E>> E oneOf(String name, String raw, Class<E> type) {
        if (raw == null || raw.isBlank()) {
            return null;
        }
        try {
            return Enum.valueOf(type, raw.strip().toUpperCase());
        } catch (IllegalArgumentException e) {
            throw new InvalidInput(name, "must be one of " + Arrays.toString(type.getEnumConstants()));
        }
    }

    public static UUID uuid(String name, String raw) {
        if (raw == null || raw.isBlank()) {
            return null;
        }
        try {
            return UUID.fromString(raw.strip());
        } catch (IllegalArgumentException e) {
            throw new InvalidInput(name, "must be a UUID");
        }
    }
}
