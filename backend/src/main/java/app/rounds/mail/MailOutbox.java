package app.rounds.mail;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

/** The one way to send mail: a row in mail_outbox, committed with the change that causes it, sent later by the dispatcher. */
@ApplicationScoped
public class MailOutbox {

    private static final String INSERT = """
            INSERT INTO mail_outbox (id, recipient_account_id, kind, subject_key, occasion, data, created_at, next_attempt_at)
            SELECT :id, :recipient, :kind, :subjectKey, :occasion, CAST(:data AS jsonb), :now, :now
            WHERE %s
            ON CONFLICT (recipient_account_id, kind, subject_key, occasion) DO NOTHING
            """;

    private final EntityManager entityManager;
    private final ObjectMapper json;
    private final Clock clock;

    MailOutbox(EntityManager entityManager, ObjectMapper json, Clock clock) {
        this.entityManager = entityManager;
        this.json = json;
        this.clock = clock;
    }

    /**
     * Writes the mail in the caller's transaction; the unique key (recipient, kind, subjectKey, occasion) makes a
     * repeat a no-op, and a kind whose category the recipient switched off is not written.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void enqueue(OutgoingMail mail) {
        String wanted = mail.kind().category().preferenceColumn()
                .map(column -> "NOT EXISTS (SELECT 1 FROM notification_preference p WHERE p.account_id = :recipient AND NOT p."
                        + column + ")")
                .orElse("TRUE");
        entityManager.createNativeQuery(INSERT.formatted(wanted))
                .setParameter("id", UUID.randomUUID())
                .setParameter("recipient", mail.recipientAccountId())
                .setParameter("kind", mail.kind().name())
                .setParameter("subjectKey", mail.subjectKey())
                .setParameter("occasion", mail.occasion())
                .setParameter("data", toJson(mail))
                .setParameter("now", OffsetDateTime.ofInstant(clock.instant(), ZoneOffset.UTC))
                .executeUpdate();
    }

    private String toJson(OutgoingMail mail) {
        try {
            return json.writeValueAsString(mail.data());
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("Mail data of " + mail.kind() + " is not JSON: " + e.getOriginalMessage(), e);
        }
    }
}
