package app.rounds.integration;

import java.time.Duration;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

@ConfigMapping(prefix = "rounds.integrations.rate-limit")
public interface RateLimitConfig {

    /** Requests one client may make per window, over all its keys and all instances. */
    @WithDefault("600")
    int requests();

    /** The fixed window the allowance renews in. */
    @WithDefault("PT1M")
    Duration window();
}
