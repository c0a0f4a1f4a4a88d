package app.rounds.connection;

import java.time.Duration;

import io.smallrye.config.ConfigMapping;

@ConfigMapping(prefix = "rounds.connections")
public interface ConnectionConfig {

    /** How long a personal connect code stays scannable; short, since it is shown on a phone screen in a crowd. */
    Duration codeLifetime();
}
