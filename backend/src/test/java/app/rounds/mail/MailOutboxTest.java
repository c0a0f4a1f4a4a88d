package app.rounds.mail;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import java.util.UUID;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.TransactionalException;

import org.junit.jupiter.api.Test;

import app.rounds.support.TestData;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;

@QuarkusTest
class MailOutboxTest {

    @Inject
    MailOutbox outbox;

    @Inject
    EntityManager entityManager;

    @Test
    void enqueuingTheSameMailTwiceWritesOneRow() {
        UUID recipient = TestData.attendee().id();
        OutgoingMail mail = new OutgoingMail(recipient, MailKind.EVENT_TOMORROW, "registration:" + UUID.randomUUID(),
                "2026-12-02", Map.of("eventTitle", "Boston mixer"));

        QuarkusTransaction.requiringNew().run(() -> outbox.enqueue(mail));
        QuarkusTransaction.requiringNew().run(() -> {
            outbox.enqueue(mail);
            outbox.enqueue(mail);
        });

        assertThat(rows(recipient, MailKind.EVENT_TOMORROW)).isEqualTo(1);
    }

    @Test
    void anotherOccasionOfTheSameSubjectIsAnotherMail() {
        UUID recipient = TestData.attendee().id();
        QuarkusTransaction.requiringNew().run(() -> {
            outbox.enqueue(new OutgoingMail(recipient, MailKind.EVENT_CHANGED, "event:1", "version:1", Map.of()));
            outbox.enqueue(new OutgoingMail(recipient, MailKind.EVENT_CHANGED, "event:1", "version:2", Map.of()));
        });

        assertThat(rows(recipient, MailKind.EVENT_CHANGED)).isEqualTo(2);
    }

    @Test
    void mailOfASwitchedOffCategoryIsNotWrittenButAccountMailIs() {
        UUID recipient = TestData.attendee().id();
        QuarkusTransaction.requiringNew().run(() -> entityManager.createNativeQuery("""
                INSERT INTO notification_preference (account_id, introductions, reminders, event_changes, updated_at)
                VALUES (:account, true, false, true, now())
                """).setParameter("account", recipient).executeUpdate());

        QuarkusTransaction.requiringNew().run(() -> {
            outbox.enqueue(new OutgoingMail(recipient, MailKind.EVENT_TOMORROW, "registration:1", "day", Map.of()));
            outbox.enqueue(new OutgoingMail(recipient, MailKind.INTRODUCTION_REQUESTED, "introduction:1", "requested", Map.of()));
            outbox.enqueue(new OutgoingMail(recipient, MailKind.PASSWORD_RESET, "account", "token:1", Map.of()));
        });

        assertThat(rows(recipient, MailKind.EVENT_TOMORROW)).isZero();
        assertThat(rows(recipient, MailKind.INTRODUCTION_REQUESTED)).isEqualTo(1);
        assertThat(rows(recipient, MailKind.PASSWORD_RESET)).isEqualTo(1);
    }

    @Test
    void aMailRolledBackWithItsChangeIsNeverWritten() {
        UUID recipient = TestData.attendee().id();
        assertThatThrownBy(() -> QuarkusTransaction.requiringNew().run(() -> {
            outbox.enqueue(new OutgoingMail(recipient, MailKind.EVENT_CANCELLED, "event:2", "cancelled", Map.of()));
            throw new IllegalStateException("the change failed");
        })).isInstanceOf(IllegalStateException.class);

        assertThat(rows(recipient, MailKind.EVENT_CANCELLED)).isZero();
    }

    @Test
    void enqueuingOutsideATransactionIsRefused() {
        UUID recipient = TestData.attendee().id();
        assertThatThrownBy(() -> outbox.enqueue(new OutgoingMail(recipient, MailKind.EVENT_CANCELLED, "event:3", "x", Map.of())))
                .isInstanceOf(TransactionalException.class);
    }

    private long rows(UUID recipient, MailKind kind) {
        return QuarkusTransaction.requiringNew().call(() -> ((Number) entityManager.createNativeQuery(
                        "SELECT count(*) FROM mail_outbox WHERE recipient_account_id = :r AND kind = :k")
                .setParameter("r", recipient).setParameter("k", kind.name()).getSingleResult()).longValue());
    }
}
