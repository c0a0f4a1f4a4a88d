package app.rounds.common.web;

import java.time.OffsetDateTime;

/**
 * The instants the API accepts: RFC 3339 writes four-digit years, and PostgreSQL cannot store most of what
 * {@link OffsetDateTime} can parse (year +999999999), so anything outside years 1 to 9999 is refused at the edge.
 */
public final class DateTimeRange {

    static final String MESSAGE = "must be a date-time between the years 0001 and 9999";

    private DateTimeRange() {
    }

    public static boolean contains(OffsetDateTime value) {
        int year = value.toInstant().atOffset(java.time.ZoneOffset.UTC).getYear();
        return year >= 1 && year <= 9999;
    }
}
