package app.rounds.mail;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Map;
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
    private static final String INSERT_FOR_EACH = """
            INSERT INTO mail_outbox (id, recipient_account_id, kind, subject_key, occasion, data, created_at, next_attempt_at)
            SELECT gen_random_uuid(), r.account_id, :kind, :subjectKey, :occasion, CAST(:data AS jsonb), :now, :now
            FROM (%s) r(account_id)
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
        entityManager.createNativeQuery(INSERT.formatted(wanted(mail.kind(), ":recipient")))
                .setParameter("id", UUID.randomUUID())
                .setParameter("recipient", mail.recipientAccountId())
                .setParameter("kind", mail.kind().name())
                .setParameter("subjectKey", mail.subjectKey())
                .setParameter("occasion", mail.occasion())
                .setParameter("data", toJson(mail.kind(), mail.data()))
                .setParameter("now", OffsetDateTime.ofInstant(clock.instant(), ZoneOffset.UTC))
                .executeUpdate();
    }

    /**
     * The same mail to each account the SQL {@code recipients} selects (one column of account ids, its parameters in
     * {@code parameters}), in one statement whatever their number; returns how many were written, which leaves out
     * those who switched the kind's category off and those who already have this mail.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public int enqueueForEach(String recipients, Map<String, ?> parameters, MailKind kind, String subjectKey,
                              String occasion, Map<String, Object> data) {
        var insert = entityManager.createNativeQuery(INSERT_FOR_EACH.formatted(recipients, wanted(kind, "r.account_id")))
                .setParameter("kind", kind.name())
                .setParameter("subjectKey", subjectKey)
                .setParameter("occasion", occasion)
                .setParameter("data", toJson(kind, data))
                .setParameter("now", OffsetDateTime.ofInstant(clock.instant(), ZoneOffset.UTC));
        parameters.forEach(insert::setParameter);
        return insert.executeUpdate();
    }

    /** Whether the recipient wants mail of this kind: not when they switched its category off. */
    private static String wanted(MailKind kind, String recipient) {
        return kind.category().preferenceColumn()
                .map(column -> "NOT EXISTS (SELECT 1 FROM notification_preference p WHERE p.account_id = " + recipient
                        + " AND NOT p." + column + ")")
                .orElse("TRUE");
    }

    private String toJson(MailKind kind, Map<String, Object> data) {
        try {
            return json.writeValueAsString(data);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("Mail data of " + kind + " is not JSON: " + e.getOriginalMessage(), e);
        }
    }
}
