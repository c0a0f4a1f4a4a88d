package app.rounds.mail;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;

import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.RegisterExtension;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetup;

import app.rounds.support.cluster.Ports;
import app.rounds.support.cluster.TwoInstances;

/**
 * Two running instances of the packaged service dispatch one outbox to a real SMTP server (GreenMail): every mail
 * arrives once, and killing an instance mid-run loses none (the one it may have sent without marking is the only
 * possible repeat, as the README says).
 */
@TestMethodOrder(MethodOrderer.MethodName.class)
class MailOnceIT {

    private static final int MAILS = 1_000;
    private static final int SMTP_PORT = Ports.free();

    @RegisterExtension
    @Order(1)
    static final GreenMailExtension smtp = new GreenMailExtension(new ServerSetup(SMTP_PORT, "127.0.0.1", ServerSetup.PROTOCOL_SMTP))
            .withPerMethodLifecycle(false);

    @RegisterExtension
    @Order(2)
    static final TwoInstances cluster = TwoInstances.direct()
            .env("QUARKUS_MAILER_HOST", "127.0.0.1")
            .env("QUARKUS_MAILER_PORT", String.valueOf(SMTP_PORT))
            .env("ROUNDS_MAIL_DISPATCH_EVERY", "200ms")
            .env("ROUNDS_MAIL_SEND_TIMEOUT", "2s")
            .env("ROUNDS_MAIL_DISPATCH_LEASE", "PT8S")
            .env("ROUNDS_MAIL_RETRY_BACKOFF", "PT1S");

    @Test
    void aThousandDueMailsArriveOnceEachFromTwoInstances() {
        String batch = "first";
        enqueue(batch);

        Map<String, Long> arrivals = awaitAll(batch);

        assertThat(arrivals).hasSize(MAILS);
        assertThat(arrivals.values()).allMatch(count -> count == 1);
        assertThat(unsent()).isZero();
    }

    @Test
    void killingAnInstanceMidRunLosesNoMailAndRepeatsAtMostTheOneInFlight() {
        String batch = "second";
        enqueue(batch);
        await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(20)).until(() -> received(batch).size() >= MAILS / 5);

        cluster.kill(0);
        cluster.restart(0);
        Map<String, Long> arrivals = awaitAll(batch);

        assertThat(arrivals).hasSize(MAILS);
        assertThat(arrivals.values().stream().filter(count -> count > 1).count()).as("mails sent twice").isLessThanOrEqualTo(1);
        assertThat(arrivals.values()).allMatch(count -> count <= 2);
        assertThat(unsent()).isZero();
    }

    private static Map<String, Long> awaitAll(String batch) {
        await().atMost(Duration.ofMinutes(3)).pollInterval(Duration.ofMillis(200))
                .until(() -> received(batch).stream().distinct().count() >= MAILS && unsent() == 0);
        // Room for a late duplicate to show up before counting.
        try {
            Thread.sleep(3_000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return received(batch).stream().collect(Collectors.groupingBy(Function.identity(), Collectors.counting()));
    }

    /** The outbox ids of the batch's mails GreenMail received, once per arrival. */
    private static List<String> received(String batch) {
        return Arrays.stream(smtp.getReceivedMessages())
                .filter(message -> header(message, "Subject").startsWith(batch))
                .map(message -> header(message, MailDispatcher.MAIL_ID_HEADER))
                .toList();
    }

    private static long unsent() {
        return cluster.database().count("SELECT count(*) FROM mail_outbox WHERE sent_at IS NULL");
    }

    private static void enqueue(String batch) {
        cluster.database().update("""
                INSERT INTO account (id, email, password_hash, display_name, roles, created_at, version)
                SELECT gen_random_uuid(), ? || '.' || n || '@cluster.example.org', 'x', 'Dr. Cluster ' || n, 'ATTENDEE', now(), 0
                FROM generate_series(1, 20) AS n
                """, batch);
        cluster.database().update("""
                INSERT INTO mail_outbox (id, recipient_account_id, kind, subject_key, occasion, data, created_at, next_attempt_at)
                SELECT gen_random_uuid(), a.id, 'EVENT_CANCELLED', 'event:' || n, 'cluster', CAST(? AS jsonb), now(), now()
                FROM account a, generate_series(1, ?) AS n
                WHERE a.email LIKE ? || '.%@cluster.example.org'
                """, "{\"eventTitle\":\"" + batch + " evening\",\"when\":\"soon\"}", MAILS / 20, batch);
    }

    private static String header(MimeMessage message, String name) {
        try {
            String value = message.getHeader(name, ",");
            return value == null ? "" : value;
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
    }
}
