package app.rounds.mail;

import app.rounds.common.config.FallbackConfigSource;
import io.quarkus.runtime.LaunchMode;

/**
 * Points the mailer at the embedded SMTP server in dev and tests when no SMTP host is configured (by
 * {@code QUARKUS_MAILER_HOST} or the {@code quarkus.mailer.host} property). Asked last of all sources; in production
 * it supplies nothing, and {@link SmtpSetup} says at start that mail is off.
 */
public class EmbeddedSmtpConfigSource extends FallbackConfigSource {

    static final String NAME = "rounds-embedded-smtp";
    private static final String HOST = "quarkus.mailer.host";
    private static final String PORT = "quarkus.mailer.port";

    @Override
    public String getName() {
        return NAME;
    }

    @Override
    public String getValue(String propertyName) {
        if (!HOST.equals(propertyName) && !PORT.equals(propertyName)) {
            return null;
        }
        if (!LaunchMode.current().isDevOrTest() || hostConfigured() || !atRuntime()) {
            return null;
        }
        int port = EmbeddedSmtp.startOnce();
        return HOST.equals(propertyName) ? "127.0.0.1" : Integer.toString(port);
    }

    static boolean hostConfigured() {
        String env = System.getenv("QUARKUS_MAILER_HOST");
        return (env != null && !env.isBlank()) || System.getProperty(HOST) != null;
    }
}
