package app.rounds.mail;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Collectors;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import org.junit.jupiter.api.Test;

import app.rounds.support.TestData;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;

/**
 * Several dispatchers at once on one database (four threads here, plus the scheduled one), as several instances
 * run them: each of 1,000 due mails arrives exactly once, also when a share of them was claimed by an instance that
 * died before sending.
 */
@QuarkusTest
class MailExactlyOnceTest {

    private static final int RECIPIENTS = 20;
    private static final int MAILS_EACH = 50;

    @Inject
    MailDispatcher dispatcher;

    @Inject
    EntityManager entityManager;

    @Test
    void concurrentDispatchersDeliverEachOfAThousandMailsOnce() throws Exception {
        List<TestData.SignedIn> recipients = recipients();
        Set<String> ids = enqueue(recipients);

        runDispatchers(4);

        assertEachArrivedOnce(recipients, ids);
    }

    @Test
    void mailsClaimedByADeadInstanceAreSentOnceItsLeaseEnds() throws Exception {
        List<TestData.SignedIn> recipients = recipients();
        Set<String> ids = enqueue(recipients);
        // What an instance killed right after claiming leaves behind: rows pushed a lease ahead, never sent.
        QuarkusTransaction.requiringNew().run(() -> entityManager.createNativeQuery("""
                UPDATE mail_outbox SET next_attempt_at = now() + interval '3 seconds'
                WHERE id IN (SELECT id FROM mail_outbox WHERE id = ANY(CAST(:ids AS uuid[])) LIMIT 300)
                """).setParameter("ids", "{" + String.join(",", ids) + "}").executeUpdate());

        runDispatchers(4);
        Thread.sleep(3500);
        runDispatchers(4);

        assertEachArrivedOnce(recipients, ids);
    }

    private void runDispatchers(int count) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(count);
        try {
            List<Callable<Integer>> dispatchers = new ArrayList<>();
            for (int i = 0; i < count; i++) {
                dispatchers.add(() -> {
                    int sent = 0;
                    int claimed;
                    while ((claimed = dispatcher.dispatchDue()) > 0) {
                        sent += claimed;
                    }
                    return sent;
                });
            }
            for (Future<Integer> done : pool.invokeAll(dispatchers)) {
                done.get();
            }
        } finally {
            pool.shutdown();
        }
    }

    private void assertEachArrivedOnce(List<TestData.SignedIn> recipients, Set<String> ids) {
        await().atMost(Duration.ofSeconds(60)).until(() -> received(recipients).size() >= ids.size());
        List<String> received = received(recipients);
        Map<String, Long> perId = received.stream().collect(Collectors.groupingBy(id -> id, Collectors.counting()));
        assertThat(perId.keySet()).isEqualTo(ids);
        assertThat(perId.values()).allMatch(count -> count == 1);
        assertThat(received).hasSize(ids.size());
        long unsent = QuarkusTransaction.requiringNew().call(() -> ((Number) entityManager.createNativeQuery(
                        "SELECT count(*) FROM mail_outbox WHERE id = ANY(CAST(:ids AS uuid[])) AND sent_at IS NULL")
                .setParameter("ids", "{" + String.join(",", ids) + "}").getSingleResult()).longValue());
        assertThat(unsent).isZero();
    }

    private static List<String> received(List<TestData.SignedIn> recipients) {
        List<String> ids = new ArrayList<>();
        for (var recipient : recipients) {
            Mailbox.to(recipient.email()).forEach(message -> ids.add(Mailbox.header(message, MailDispatcher.MAIL_ID_HEADER)));
        }
        return ids;
    }

    private static List<TestData.SignedIn> recipients() {
        List<TestData.SignedIn> recipients = new ArrayList<>();
        for (int i = 0; i < RECIPIENTS; i++) {
            recipients.add(TestData.attendee());
        }
        return recipients;
    }

    /** Writes the due mails in one statement, so the dispatchers meet them all at once. */
    private Set<String> enqueue(List<TestData.SignedIn> recipients) {
        String accounts = recipients.stream().map(r -> r.id().toString()).collect(Collectors.joining(",", "{", "}"));
        QuarkusTransaction.requiringNew().run(() -> entityManager.createNativeQuery("""
                INSERT INTO mail_outbox (id, recipient_account_id, kind, subject_key, occasion, data, created_at, next_attempt_at)
                SELECT gen_random_uuid(), account, 'EVENT_CANCELLED', 'event:' || n, 'bulk', CAST(:data AS jsonb), now(), now()
                FROM unnest(CAST(:accounts AS uuid[])) AS account, generate_series(1, :each) AS n
                """)
                .setParameter("accounts", accounts)
                .setParameter("each", MAILS_EACH)
                .setParameter("data", "{\"eventTitle\":\"Bulk evening\",\"when\":\"soon\"}")
                .executeUpdate());
        return Set.copyOf(QuarkusTransaction.requiringNew().call(() -> {
            @SuppressWarnings("unchecked")
            List<UUID> rows = entityManager.createNativeQuery(
                            "SELECT id FROM mail_outbox WHERE recipient_account_id = ANY(CAST(:accounts AS uuid[])) AND occasion = 'bulk'",
                            UUID.class)
                    .setParameter("accounts", accounts).getResultList();
            return rows.stream().map(UUID::toString).toList();
        }));
    }
}
