package app.rounds.mail;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import org.eclipse.microprofile.config.ConfigProvider;
import org.jboss.logging.Logger;

import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;

/**
 * Whether mail can go out: through a configured SMTP server, or the embedded one in dev and tests. Production
 * without an SMTP host starts anyway (events and registrations do not need mail) but says so loudly; its mails
 * wait in the outbox and go out once a host is configured.
 */
@ApplicationScoped
public class SmtpSetup {

    private static final Logger LOG = Logger.getLogger(SmtpSetup.class);

    private boolean enabled;
    private boolean embedded;

    void onStart(@Observes StartupEvent start) {
        var host = ConfigProvider.getConfig().getConfigValue("quarkus.mailer.host");
        embedded = EmbeddedSmtpConfigSource.NAME.equals(host.getSourceName());
        enabled = embedded || host.getSourceOrdinal() > EmbeddedSmtpConfigSource.ORDINAL;
        if (!enabled) {
            LOG.warn("MAIL IS OFF: no SMTP server configured (set QUARKUS_MAILER_HOST, QUARKUS_MAILER_PORT and credentials)."
                    + " Mails are kept in the outbox and sent once a server is configured.");
        } else if (embedded) {
            LOG.infof("Mail goes to the embedded SMTP server on port %d; see the Mailbox page (/dev/mailbox)", EmbeddedSmtp.port());
        } else {
            LOG.infof("Mail goes out through %s", host.getValue());
        }
    }

    void onStop(@Observes ShutdownEvent stop) {
        if (embedded) {
            EmbeddedSmtp.stop();
        }
    }

    public boolean enabled() {
        return enabled;
    }

    /** Whether mail goes to the embedded server, which the dev Mailbox can read. */
    public boolean embedded() {
        return embedded;
    }
}
