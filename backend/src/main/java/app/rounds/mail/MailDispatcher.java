package app.rounds.mail;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import javax.sql.DataSource;

import jakarta.enterprise.context.ApplicationScoped;

import org.jboss.logging.Logger;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.mailer.Mail;
import io.quarkus.mailer.Mailer;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.event.Observes;

/**
 * Sends the outbox. Each round claims a batch of due rows in one short statement ({@code FOR UPDATE SKIP LOCKED}, so
 * instances never claim the same row) by moving them a lease into the future, then sends them one by one and marks
 * each sent right after its send. An instance that dies mid-round leaves its unsent rows due again once the lease
 * ends; the one mail it may have sent but not marked is sent again then, and that is the only duplicate possible.
 */
@ApplicationScoped
public class MailDispatcher {

    /** Header naming the outbox row, so a receiver (and the exactly-once tests) can tell mails apart. */
    public static final String MAIL_ID_HEADER = "X-Rounds-Mail-Id";
    private static final Logger LOG = Logger.getLogger(MailDispatcher.class);
    private static final TypeReference<Map<String, Object>> DATA = new TypeReference<>() {
    };

    private static final String CLAIM = """
            WITH due AS (
                SELECT id FROM mail_outbox
                WHERE sent_at IS NULL AND next_attempt_at <= now()
                ORDER BY next_attempt_at
                LIMIT ?
                FOR UPDATE SKIP LOCKED
            ), claimed AS (
                UPDATE mail_outbox m SET next_attempt_at = now() + make_interval(secs => ?)
                FROM due WHERE m.id = due.id
                RETURNING m.id, m.recipient_account_id, m.kind, m.data::text AS data, m.attempts
            )
            SELECT c.id, c.recipient_account_id, c.kind, c.data, c.attempts, a.email, a.display_name
            FROM claimed c JOIN account a ON a.id = c.recipient_account_id
            """;
    private static final String MARK_SENT = "UPDATE mail_outbox SET sent_at = now(), last_error = NULL WHERE id = ? AND sent_at IS NULL";
    /** A sent account mail forgets its data: the link's token should live on in the recipient's inbox only. */
    private static final String MARK_SENT_FORGETTING_DATA =
            "UPDATE mail_outbox SET sent_at = now(), last_error = NULL, data = '{}'::jsonb WHERE id = ? AND sent_at IS NULL";
    private static final String MARK_FAILED = """
            UPDATE mail_outbox SET attempts = attempts + 1, last_error = ?, next_attempt_at = now() + make_interval(secs => ?)
            WHERE id = ? AND sent_at IS NULL
            """;
    private static final String RELEASE = """
            UPDATE mail_outbox SET next_attempt_at = now() + make_interval(secs => ?) WHERE id = ANY(?) AND sent_at IS NULL
            """;

    private final DataSource dataSource;
    private final Mailer mailer;
    private final MailRenderer renderer;
    private final SmtpSetup smtp;
    private final MailConfig.Dispatch config;
    private final Duration sendTimeout;
    private final ObjectMapper json;
    private volatile boolean stopping;

    MailDispatcher(DataSource dataSource, Mailer mailer, MailRenderer renderer, SmtpSetup smtp, MailConfig config,
                   @org.eclipse.microprofile.config.inject.ConfigProperty(name = "quarkus.mailer.timeout") Duration sendTimeout,
                   ObjectMapper json) {
        this.dataSource = dataSource;
        this.mailer = mailer;
        this.renderer = renderer;
        this.smtp = smtp;
        this.config = config.dispatch();
        this.sendTimeout = sendTimeout;
        this.json = json;
    }

    @Scheduled(identity = "mail-dispatch", every = "${rounds.mail.dispatch.every}", delayed = "${rounds.mail.dispatch.every}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void dispatchScheduled() {
        if (!smtp.enabled()) {
            return;
        }
        try {
            while (!stopping && dispatchDue() == config.batchSize()) {
                // a full batch means more may be due: keep draining until a round comes back short
            }
        } catch (SQLException e) {
            LOG.warnf("Mail dispatch round failed, retrying next round: %s", e.getMessage());
        }
    }

    void onStop(@Observes ShutdownEvent stop) {
        stopping = true;
    }

    /** One round: claims up to a batch of due mails and sends them; returns how many it claimed. */
    public int dispatchDue() throws SQLException {
        long claimedAt = System.nanoTime();
        List<Claimed> batch = claim();
        for (int i = 0; i < batch.size(); i++) {
            if (stopping || !leaveCoversAnotherSend(claimedAt)) {
                release(batch.subList(i, batch.size()), Duration.ZERO);
                break;
            }
            Claimed mail = batch.get(i);
            Mail rendered;
            try {
                rendered = render(mail);
            } catch (RuntimeException e) {
                // This mail's own fault (its data or template), not the server's: the others go on.
                fail(mail, e);
                continue;
            }
            try {
                mailer.send(rendered);
            } catch (RuntimeException e) {
                fail(mail, e);
                // The server is likely down or slow for all of them: leave the rest for a later round.
                release(batch.subList(i + 1, batch.size()), config.backoff());
                break;
            }
            markSent(mail);
        }
        return batch.size();
    }

    private boolean leaveCoversAnotherSend(long claimedAtNanos) {
        Duration elapsed = Duration.ofNanos(System.nanoTime() - claimedAtNanos);
        return elapsed.plus(sendTimeout.multipliedBy(2)).compareTo(config.lease()) < 0;
    }

    private Mail render(Claimed claimed) {
        MailRenderer.RenderedMail rendered = renderer.render(claimed.kind(), claimed.recipientId(), claimed.recipientName(),
                parse(claimed.data()));
        Mail mail = Mail.withHtml(claimed.email(), rendered.subject(), rendered.html()).setText(rendered.text());
        rendered.headers().forEach(mail::addHeader);
        mail.addHeader(MAIL_ID_HEADER, claimed.id().toString());
        return mail;
    }

    private void fail(Claimed mail, RuntimeException e) {
        Duration backoff = backoff(mail.attempts());
        LOG.warnf("Mail %s (%s) not sent, attempt %d, next in %s: %s", mail.id(), mail.kind(), mail.attempts() + 1, backoff,
                describe(e));
        markFailed(mail, describe(e), backoff);
    }

    private List<Claimed> claim() throws SQLException {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement statement = connection.prepareStatement(CLAIM)) {
            statement.setInt(1, config.batchSize());
            statement.setDouble(2, config.lease().toMillis() / 1000.0);
            List<Claimed> claimed = new ArrayList<>();
            try (ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    claimed.add(new Claimed(rows.getObject("id", UUID.class), rows.getObject("recipient_account_id", UUID.class),
                            MailKind.valueOf(rows.getString("kind")), rows.getString("data"), rows.getInt("attempts"),
                            rows.getString("email"), rows.getString("display_name")));
                }
            }
            return claimed;
        }
    }

    private void markSent(Claimed mail) {
        update(mail.kind().carriesCredential() ? MARK_SENT_FORGETTING_DATA : MARK_SENT,
                statement -> statement.setObject(1, mail.id()));
    }

    private void markFailed(Claimed mail, String error, Duration backoff) {
        update(MARK_FAILED, statement -> {
            statement.setString(1, error.length() > 500 ? error.substring(0, 500) : error);
            statement.setDouble(2, backoff.toMillis() / 1000.0);
            statement.setObject(3, mail.id());
        });
    }

    private void release(List<Claimed> mails, Duration after) {
        if (mails.isEmpty()) {
            return;
        }
        update(RELEASE, statement -> {
            statement.setDouble(1, after.toMillis() / 1000.0);
            statement.setArray(2, statement.getConnection().createArrayOf("uuid", mails.stream().map(Claimed::id).toArray()));
        });
    }

    /**
     * A mark that cannot be written (the database went away) is logged, not retried: the row stays claimed and is
     * sent again when its lease ends, the at-most-one duplicate the README owns up to.
     */
    private void update(String sql, StatementSetter setter) {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement statement = connection.prepareStatement(sql)) {
            setter.set(statement);
            statement.executeUpdate();
        } catch (SQLException e) {
            LOG.errorf("Could not record a mail's outcome: %s", e.getMessage());
        }
    }

    Duration backoff(int failedAttempts) {
        Duration backoff = config.backoff().multipliedBy(1L << Math.min(failedAttempts, 20));
        return backoff.compareTo(config.maxBackoff()) > 0 ? config.maxBackoff() : backoff;
    }

    private Map<String, Object> parse(String data) {
        try {
            return json.readValue(data, DATA);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Unreadable mail data: " + e.getOriginalMessage(), e);
        }
    }

    private static String describe(Throwable e) {
        Throwable cause = e;
        while (cause.getCause() != null && cause.getCause() != cause) {
            cause = cause.getCause();
        }
        String message = cause.getMessage() == null ? cause.getClass().getSimpleName() : cause.getMessage();
        return cause.getClass().getSimpleName() + ": " + message;
    }

    @FunctionalInterface
    private interface StatementSetter {
        void set(PreparedStatement statement) throws SQLException;
    }

    private record Claimed(UUID id, UUID recipientId, MailKind kind, String data, int attempts, String email, String recipientName) {
    }
}
