package app.rounds.calendar;

import java.time.Period;
import java.util.Optional;

import io.smallrye.config.ConfigMapping;

@ConfigMapping(prefix = "rounds.calendar")
public interface CalendarConfig {

    /**
     * Secret from which feed tokens are derived. Without one, a random secret kept in the database is used (shared by
     * every instance), which means a database reader could rebuild feed URLs.
     */
    Optional<String> feedKey();

    /** How far back the feed reaches: events that ended and follow-ups due within this period stay in it. */
    Period pastWindow();
}
