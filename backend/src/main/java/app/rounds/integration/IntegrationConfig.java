package app.rounds.integration;

import java.time.Duration;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

@ConfigMapping(prefix = "rounds.integrations")
public interface IntegrationConfig {

    /** How long a rotated-out key keeps working, so that the integration can switch over without downtime. */
    @WithDefault("PT24H")
    Duration rotationGrace();

    /** A client's last use is written at most this often, so a busy key does not write on every request. */
    @WithDefault("PT1M")
    Duration lastUseResolution();
}
