package app.rounds.suggestion;

import java.time.Duration;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

@ConfigMapping(prefix = "rounds.suggestions")
public interface SuggestionConfig {

    /**
     * How long an event's cached attendee snapshot may be used. Changes made through this service invalidate it at
     * once; the age limit only bounds staleness from writes this instance does not see (another instance, hand-run SQL).
     */
    @WithDefault("PT5M")
    Duration snapshotMaxAge();
}
