package app.rounds.suggestion;

import java.time.Duration;

import io.smallrye.config.ConfigMapping;

@ConfigMapping(prefix = "rounds.suggestions")
public interface SuggestionConfig {

    /**
     * How long an event's snapshot is kept at most. Changes through any instance drop it at once; this only bounds
     * staleness from writes no instance announced (hand-run SQL).
     */
    Duration snapshotMaxAge();

    /** How many events' snapshots are kept; each holds every seated attendee of its event. */
    long snapshotMaxEvents();
}
