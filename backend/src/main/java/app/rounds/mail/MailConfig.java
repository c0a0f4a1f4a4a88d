package app.rounds.mail;

import java.time.Duration;
import java.util.Optional;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

@ConfigMapping(prefix = "rounds.mail")
public interface MailConfig {

    /** Where the SPA is reached from a mail, e.g. {@code https://rounds.example.org}; links are built on it. */
    String publicBaseUrl();

    /**
     * Signs the one-click unsubscribe links (HMAC-SHA256); changing it kills every link already sent. Without it the
     * instances share a random key that the first of them stores in the database.
     */
    Optional<String> linkSecret();

    Dispatch dispatch();

    EventReminders eventReminders();

    interface EventReminders {
        /** How often the day-before reminders are looked for (read by the scheduler; {@code off} disables). */
        String every();
    }

    interface Dispatch {
        /** How often each instance looks for due mail (read by the scheduler). */
        String every();

        /** Rows claimed per round. */
        @WithDefault("50")
        int batchSize();

        /** How long a claimed row is left to its claimer before another instance may take it over. */
        @WithDefault("PT2M")
        Duration lease();

        /** Back-off after the first failed attempt; it doubles on every further failure up to {@link #maxBackoff}. */
        @WithDefault("PT30S")
        Duration backoff();

        @WithDefault("PT1H")
        Duration maxBackoff();
    }
}
