package app.rounds.integration.webhooks;

import java.time.Duration;
import java.util.List;
import java.util.Optional;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

@ConfigMapping(prefix = "rounds.webhooks")
public interface WebhookConfig {

    /** Whether receiver URLs may be plain {@code http}; off in production, where only {@code https} is accepted. */
    @WithDefault("false")
    boolean allowHttp();

    /**
     * Addresses a receiver may resolve to although they are loopback, private or link-local (local receivers for
     * tests and dev, e.g. {@code 127.0.0.1}). Empty in production: every such address is refused.
     */
    Optional<List<String>> allowedPrivateAddresses();

    @WithDefault("10s")
    Duration connectTimeout();

    /** How long a receiver may stay silent while answering. */
    @WithDefault("10s")
    Duration readTimeout();

    /**
     * Waits after each failed attempt (Standard Webhooks: 5 s, 5 min, 30 min, 2 h, 5 h, 10 h, 14 h, 20 h, 24 h, each
     * with up to 10% jitter); after the last one the message is given up.
     */
    @WithDefault("5s,5m,30m,2h,5h,10h,14h,20h,24h")
    List<Duration> retrySchedule();

    /** A subscription failing without a success for this long is unhealthy: its owner is mailed once. */
    @WithDefault("PT1H")
    Duration unhealthyAfter();

    /** A subscription failing without a success for this long is disabled, and its owner mailed. */
    @WithDefault("P5D")
    Duration disableAfter();

    /** How long the previous secret still signs after a rotation. */
    @WithDefault("PT24H")
    Duration secretOverlap();

    Dispatch dispatch();

    interface Dispatch {
        /** How often each instance looks for due messages (read by the scheduler). */
        String every();

        @WithDefault("100")
        int batchSize();

        /** Attempts one instance makes at the same time. */
        @WithDefault("16")
        int concurrency();

        /**
         * How long a claimed message is left to its claimer. Longer than any attempt can take (connect plus read time-out,
         * bounded), so no other instance can start a second attempt of the same message while one is running.
         */
        @WithDefault("PT2M")
        Duration lease();
    }
}
