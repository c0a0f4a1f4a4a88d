package app.rounds.registration;

import java.time.Duration;

import io.quarkus.runtime.configuration.MemorySize;
import io.smallrye.config.ConfigMapping;

@ConfigMapping(prefix = "rounds.attendee-list")
public interface AttendeeListConfig {

    /**
     * How long a cached page is kept at most. Changes through any instance drop pages at once; this only bounds
     * staleness from writes no instance announced (hand-run SQL).
     */
    Duration cacheMaxAge();

    /** The approximate heap all cached pages may take together (e.g. {@code 64M}); the least recently used go first. */
    MemorySize cacheMaxWeight();
}
