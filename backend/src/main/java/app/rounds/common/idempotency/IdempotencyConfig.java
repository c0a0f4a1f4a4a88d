package app.rounds.common.idempotency;

import java.time.Duration;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

@ConfigMapping(prefix = "rounds.idempotency")
public interface IdempotencyConfig {

    /** How long a key and its first result are kept (the IETF draft asks for at least a day). */
    @WithDefault("P1D")
    Duration retention();

    /**
     * A claim still without a result after this long is taken to be from an instance that died mid-request, and the
     * next retry may run the request again.
     */
    @WithDefault("PT2M")
    Duration inFlightTimeout();
}
