package app.rounds.integration.webhooks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import app.rounds.support.cluster.TwoInstances;

/**
 * Two running instances of the packaged service deliver one webhook outbox to a real HTTP receiver that is slow and
 * refuses every first attempt: no message is ever in two attempts at once, and each is delivered exactly once.
 */
class WebhookOnceIT {

    private static final int MESSAGES = 300;
    private static final Receiver receiver = Receiver.start();

    @RegisterExtension
    static final TwoInstances cluster = TwoInstances.direct()
            .env("ROUNDS_WEBHOOKS_ALLOW_HTTP", "true")
            .env("ROUNDS_WEBHOOKS_ALLOWED_PRIVATE_ADDRESSES", "127.0.0.1")
            .env("ROUNDS_WEBHOOKS_DISPATCH_EVERY", "200ms")
            .env("ROUNDS_WEBHOOKS_RETRY_SCHEDULE", "1s,1s,1s,1s,1s,1s,1s,1s,1s")
            .env("ROUNDS_WEBHOOKS_CONNECT_TIMEOUT", "2s")
            .env("ROUNDS_WEBHOOKS_READ_TIMEOUT", "2s")
            .env("ROUNDS_WEBHOOKS_DISPATCH_LEASE", "PT15S");

    @AfterAll
    static void stopReceiver() {
        receiver.close();
    }

    @Test
    void twoInstancesNeverAttemptOneMessageTwiceAtOnceAndDeliverEachOnce() {
        Set<String> refusedOnce = ConcurrentHashMap.newKeySet();
        receiver.answer(request -> new Receiver.Answer(refusedOnce.add(request.id()) ? 503 : 204, Map.of(), 30));
        cluster.database().update("""
                INSERT INTO account (id, email, password_hash, display_name, roles, created_at, version)
                VALUES (gen_random_uuid(), 'webhooks@cluster.example.org', 'x', 'Cluster organizer', 'ATTENDEE,ORGANIZER', now(), 0)
                """);
        cluster.database().update("""
                INSERT INTO webhook_subscription (id, owner_account_id, url, description, event_types, active, secret, created_at, updated_at)
                SELECT gen_random_uuid(), id, ?, 'cluster receiver', ARRAY['event.updated'], true,
                       'whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw', now(), now()
                FROM account WHERE email = 'webhooks@cluster.example.org'
                """, receiver.url("/hooks"));
        cluster.database().update("""
                INSERT INTO webhook_message (subscription_id, change_id, change_xid, event_type, object_id)
                SELECT s.id, n, pg_current_xact_id(), 'event.updated', gen_random_uuid()
                FROM webhook_subscription s, generate_series(1, ?) AS n
                """, MESSAGES);

        await().atMost(Duration.ofMinutes(3)).pollInterval(Duration.ofMillis(200)).until(() ->
                cluster.database().count("SELECT count(*) FROM webhook_message WHERE delivered_at IS NULL") == 0);

        Map<String, Long> attempts = receiver.received().stream()
                .collect(Collectors.groupingBy(Receiver.Received::id, Collectors.counting()));
        assertThat(receiver.mostAtOnceForOneId()).as("attempts of one message at the same time").isEqualTo(1);
        assertThat(attempts).hasSize(MESSAGES);
        assertThat(attempts.values()).as("a refused attempt, then one delivery").containsOnly(2L);
        assertThat(cluster.database().count("SELECT count(*) FROM webhook_delivery WHERE succeeded")).isEqualTo(MESSAGES);
    }
}
