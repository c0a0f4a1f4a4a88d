package app.rounds.mail;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import app.rounds.support.TestData;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;

@QuarkusTest
class MailDispatcherTest {

    private static final Duration DELIVERY = Duration.ofSeconds(20);

    @Inject
    MailOutbox outbox;

    @Inject
    EntityManager entityManager;

    @AfterEach
    void smtpBack() {
        EmbeddedSmtp.restart();
    }

    @Test
    void anEnqueuedMailArrivesOnceAsHtmlAndTextAndIsMarkedSent() throws Exception {
        var recipient = TestData.attendee();
        enqueue(recipient.id(), MailKind.EVENT_CANCELLED);

        await().atMost(DELIVERY).until(() -> !Mailbox.to(recipient.email()).isEmpty());
        Thread.sleep(2500);

        var messages = Mailbox.to(recipient.email());
        assertThat(messages).hasSize(1);
        var message = messages.get(0);
        assertThat(Mailbox.subject(message)).isEqualTo("Boston mixer is cancelled");
        assertThat(message.getContentType()).startsWith("multipart/");
        assertThat(Mailbox.text(message)).startsWith("Dear Dr. Test").contains("Boston mixer").doesNotContain("<p");
        assertThat(Mailbox.html(message)).startsWith("<!DOCTYPE html>").contains("Boston mixer");
        assertThat(Mailbox.header(message, MailDispatcher.MAIL_ID_HEADER)).isNotBlank();
        assertThat(state(recipient.id())).extracting(State::sent).isEqualTo(true);
    }

    @Test
    void aMailThatCannotBeRenderedDoesNotHoldBackTheOthers() {
        var recipient = TestData.attendee();
        QuarkusTransaction.requiringNew().run(() -> outbox.enqueue(new OutgoingMail(recipient.id(), MailKind.EVENT_CANCELLED,
                "event:broken", "test", Map.of())));
        enqueue(recipient.id(), MailKind.EVENT_CANCELLED);

        await().atMost(DELIVERY).until(() -> !Mailbox.to(recipient.email()).isEmpty());
        assertThat(Mailbox.subjectsSettled(recipient.email())).containsExactly("Boston mixer is cancelled");
    }

    @Test
    void aReminderArrivesWithOneClickUnsubscribeHeaders() {
        var recipient = TestData.attendee();
        enqueue(recipient.id(), MailKind.EVENT_TOMORROW);

        await().atMost(DELIVERY).until(() -> !Mailbox.to(recipient.email()).isEmpty());

        var message = Mailbox.to(recipient.email()).get(0);
        assertThat(Mailbox.header(message, "List-Unsubscribe")).startsWith("<http://localhost:8080/api/v1/mail/unsubscribe/");
        assertThat(Mailbox.header(message, "List-Unsubscribe-Post")).isEqualTo("List-Unsubscribe=One-Click");
    }

    @Test
    void mailWaitsWhileTheSmtpServerRefusesAndArrivesOnceItIsBack() {
        var recipient = TestData.attendee();
        EmbeddedSmtp.stop();
        enqueue(recipient.id(), MailKind.EVENT_CANCELLED);

        await().atMost(DELIVERY).until(() -> state(recipient.id()).attempts() >= 2);
        State failing = state(recipient.id());
        assertThat(failing.sent()).isFalse();
        assertThat(failing.lastError()).isNotBlank();

        EmbeddedSmtp.restart();
        await().atMost(DELIVERY).until(() -> state(recipient.id()).sent());
        assertThat(Mailbox.to(recipient.email())).hasSize(1);
    }

    @Test
    void mailWaitsWhileTheSmtpServerHangsAndArrivesWhenItIsBack() throws Exception {
        var recipient = TestData.attendee();
        EmbeddedSmtp.stop();
        try (var hanging = new HangingServer(EmbeddedSmtp.port())) {
            enqueue(recipient.id(), MailKind.EVENT_CANCELLED);
            await().atMost(DELIVERY).until(() -> state(recipient.id()).attempts() >= 1);
            assertThat(hanging.accepted()).isPositive();
            assertThat(state(recipient.id()).sent()).isFalse();
        }

        EmbeddedSmtp.restart();
        await().atMost(Duration.ofSeconds(30)).until(() -> state(recipient.id()).sent());
        // A send given up after the timeout may still be completed by the SMTP client once the server answers, so
        // the attempt that hung can arrive besides the retry: the one repeat the README owns up to for a hang.
        assertThat(Mailbox.subjectsSettled(recipient.email())).hasSizeBetween(1, 2);
    }

    private void enqueue(UUID recipient, MailKind kind) {
        QuarkusTransaction.requiringNew().run(() -> outbox.enqueue(new OutgoingMail(recipient, kind, "event:" + UUID.randomUUID(),
                "test", Map.of("eventTitle", "Boston mixer", "eventId", UUID.randomUUID().toString(), "when", "tomorrow",
                        "venueName", "Harbor Room", "venueAddress", "100 Light St"))));
    }

    private State state(UUID recipient) {
        return QuarkusTransaction.requiringNew().call(() -> {
            Object[] row = (Object[]) entityManager.createNativeQuery(
                            "SELECT sent_at IS NOT NULL, attempts, last_error FROM mail_outbox WHERE recipient_account_id = :r"
                                    + " AND subject_key <> 'event:broken' AND kind <> 'EMAIL_VERIFICATION'")
                    .setParameter("r", recipient).getSingleResult();
            return new State((Boolean) row[0], ((Number) row[1]).intValue(), (String) row[2]);
        });
    }

    record State(boolean sent, int attempts, String lastError) {
    }

    /** Accepts SMTP connections and never says a word, as a wedged server does. */
    static final class HangingServer implements AutoCloseable {
        private final ServerSocket socket;
        private final List<Socket> connections = new ArrayList<>();
        private final Thread acceptor;

        HangingServer(int port) throws IOException {
            socket = new ServerSocket();
            socket.setReuseAddress(true);
            socket.bind(new java.net.InetSocketAddress(InetAddress.getByName("127.0.0.1"), port));
            acceptor = new Thread(() -> {
                try {
                    while (true) {
                        Socket connection = socket.accept();
                        synchronized (connections) {
                            connections.add(connection);
                        }
                    }
                } catch (IOException closed) {
                    // closed by close()
                }
            }, "hanging-smtp");
            acceptor.setDaemon(true);
            acceptor.start();
        }

        int accepted() {
            synchronized (connections) {
                return connections.size();
            }
        }

        @Override
        public void close() throws IOException {
            socket.close();
            synchronized (connections) {
                for (Socket connection : connections) {
                    connection.close();
                }
            }
        }
    }
}
