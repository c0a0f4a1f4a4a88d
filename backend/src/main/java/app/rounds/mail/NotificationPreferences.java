package app.rounds.mail;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

/** Which categories of mail an account wants; every category is on until the account switches it off. */
@ApplicationScoped
public class NotificationPreferences {

    private static final String UPSERT = """
            INSERT INTO notification_preference (account_id, introductions, reminders, event_changes, updated_at)
            VALUES (:account, :introductions, :reminders, :eventChanges, :now)
            ON CONFLICT (account_id) DO UPDATE SET introductions = EXCLUDED.introductions, reminders = EXCLUDED.reminders,
                event_changes = EXCLUDED.event_changes, updated_at = EXCLUDED.updated_at
            """;

    private final EntityManager entityManager;
    private final Clock clock;

    NotificationPreferences(EntityManager entityManager, Clock clock) {
        this.entityManager = entityManager;
        this.clock = clock;
    }

    public Choices of(UUID accountId) {
        var rows = entityManager.createNativeQuery(
                        "SELECT introductions, reminders, event_changes FROM notification_preference WHERE account_id = :account")
                .setParameter("account", accountId).getResultList();
        if (rows.isEmpty()) {
            return Choices.ALL_ON;
        }
        Object[] row = (Object[]) rows.get(0);
        return new Choices((Boolean) row[0], (Boolean) row[1], (Boolean) row[2]);
    }

    @Transactional
    public Choices save(UUID accountId, Choices choices) {
        entityManager.createNativeQuery(UPSERT)
                .setParameter("account", accountId)
                .setParameter("introductions", choices.introductions())
                .setParameter("reminders", choices.reminders())
                .setParameter("eventChanges", choices.eventChanges())
                .setParameter("now", OffsetDateTime.ofInstant(clock.instant(), ZoneOffset.UTC))
                .executeUpdate();
        return choices;
    }

    /** Switches one category off, as a one-click unsubscribe does; mail that is always sent stays on. */
    @Transactional
    public Choices switchOff(UUID accountId, MailCategory category) {
        Choices current = of(accountId);
        Choices changed = switch (category) {
            case INTRODUCTIONS -> new Choices(false, current.reminders(), current.eventChanges());
            case REMINDERS -> new Choices(current.introductions(), false, current.eventChanges());
            case EVENT_CHANGES -> new Choices(current.introductions(), current.reminders(), false);
            case ACCOUNT -> current;
        };
        return save(accountId, changed);
    }

    public record Choices(boolean introductions, boolean reminders, boolean eventChanges) {
        static final Choices ALL_ON = new Choices(true, true, true);
    }
}
