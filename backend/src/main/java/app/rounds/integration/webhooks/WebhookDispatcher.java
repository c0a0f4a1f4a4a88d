package app.rounds.integration.webhooks;

import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.persistence.EntityManager;

import org.jboss.logging.Logger;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import app.rounds.integration.changes.ChangeAudience;
import app.rounds.integration.changes.ChangeKind;
import app.rounds.integration.changes.FeedCursors;
import app.rounds.integration.changes.FeedPosition;
import app.rounds.mail.MailKind;
import app.rounds.mail.MailOutbox;
import app.rounds.mail.OutgoingMail;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.scheduler.Scheduled;

/**
 * Delivers the webhook outbox. Each round claims due messages in one short statement ({@code FOR UPDATE SKIP LOCKED},
 * so instances never claim the same row), moving each a lease ahead under a fresh claim id; then sends them, several
 * at once, and records each outcome only if its claim still holds. The lease is longer than an attempt can last
 * (connect and read time-outs, bounded together), and an attempt whose remaining lease could not cover it is not
 * started, so no two attempts of one message ever overlap, on one instance or across several. A claim is not held
 * in an open transaction: that would hold back the change feed's watermark for as long as a receiver takes.
 *
 * <p>Each send checks the subscription's integration client as it is now: a message its client may no longer see
 * (revoked, or without the read scope of the change's kind) is cancelled, never sent.
 *
 * <p>At least once: an instance dying after a receiver took a message but before recording it leaves the message due
 * again when its lease ends, and it is sent again with the same {@code webhook-id} for the receiver to drop.
 */
@ApplicationScoped
public class WebhookDispatcher {

    private static final Logger LOG = Logger.getLogger(WebhookDispatcher.class);

    private static final String CLAIM = """
            WITH due AS (
                SELECT m.id FROM webhook_message m JOIN webhook_subscription s ON s.id = m.subscription_id
                WHERE m.next_attempt_at <= now() AND s.active
                ORDER BY m.next_attempt_at
                LIMIT :batch
                FOR UPDATE OF m SKIP LOCKED
            )
            UPDATE webhook_message m SET next_attempt_at = now() + make_interval(secs => :lease), claim_id = gen_random_uuid()
            FROM due WHERE m.id = due.id
            RETURNING m.id, m.claim_id, m.subscription_id, m.change_id, m.change_xid::text, m.event_type, m.object_id,
                      m.attempts, m.created_at
            """;
    /** Each receiver with its client's authority as it stands now, not as it stood when the change was enqueued. */
    private static final String SUBSCRIPTIONS = """
            SELECT s.id, s.url, s.secret, CASE WHEN s.previous_secret_until > now() THEN s.previous_secret END,
                   s.client_id IS NOT NULL, c.revoked_at IS NOT NULL, array_to_string(c.scopes, ' ')
            FROM webhook_subscription s LEFT JOIN integration_client c ON c.id = s.client_id
            WHERE s.id = ANY (CAST(:ids AS uuid[]))
            """;

    private final EntityManager entityManager;
    private final WebhookSender sender;
    private final FeedCursors cursors;
    private final MailOutbox mail;
    private final ObjectMapper json;
    private final WebhookConfig config;
    private final RetrySchedule schedule;
    private final ExecutorService attempts;
    private volatile boolean stopping;

    WebhookDispatcher(EntityManager entityManager, WebhookSender sender, FeedCursors cursors, MailOutbox mail, ObjectMapper json,
                      WebhookConfig config) {
        this.entityManager = entityManager;
        this.sender = sender;
        this.cursors = cursors;
        this.mail = mail;
        this.json = json;
        this.config = config;
        this.schedule = new RetrySchedule(config.retrySchedule());
        this.attempts = Executors.newFixedThreadPool(config.dispatch().concurrency(), runnable -> {
            Thread thread = new Thread(runnable, "webhook-attempt");
            thread.setDaemon(true);
            return thread;
        });
    }

    @Scheduled(identity = "webhook-dispatch", every = "${rounds.webhooks.dispatch.every}",
            delayed = "${rounds.webhooks.dispatch.every}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void dispatchScheduled() {
        try {
            while (!stopping && dispatchDue() == config.dispatch().batchSize()) {
                // a full batch means more may be due: keep draining until a round comes back short
            }
        } catch (RuntimeException e) {
            LOG.warnf("Webhook dispatch round failed, retrying next round: %s", e.getMessage());
        }
    }

    void onStop(@Observes ShutdownEvent stop) {
        stopping = true;
    }

    @PreDestroy
    void close() {
        attempts.shutdownNow();
    }

    /** One round: claims up to a batch of due messages and attempts each; returns how many it claimed. */
    public int dispatchDue() {
        long claimedAt = System.nanoTime();
        List<Claimed> batch = claim();
        if (batch.isEmpty()) {
            return 0;
        }
        Map<UUID, Receiver> receivers = receivers(batch);
        List<Future<?>> running = new ArrayList<>();
        for (Claimed message : batch) {
            running.add(attempts.submit(() -> attempt(message, receivers.get(message.subscriptionId()), claimedAt)));
        }
        for (Future<?> attempt : running) {
            try {
                attempt.get();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return batch.size();
            } catch (java.util.concurrent.ExecutionException e) {
                LOG.errorf("A webhook attempt failed unexpectedly: %s", e.getCause());
            }
        }
        return batch.size();
    }

    private void attempt(Claimed message, Receiver receiver, long claimedAtNanos) {
        Duration longestAttempt = config.connectTimeout().plus(config.readTimeout()).plusSeconds(2);
        if (stopping || Duration.ofNanos(System.nanoTime() - claimedAtNanos).plus(longestAttempt).compareTo(config.dispatch().lease()) >= 0) {
            release(message);
            return;
        }
        Optional<String> refusal = receiver.refusal(message.eventType());
        if (refusal.isPresent()) {
            cancel(message, refusal.get());
            return;
        }
        long timestamp = Instant.now().getEpochSecond();
        String body = payload(message);
        List<String> secrets = receiver.previousSecret() == null ? List.of(receiver.secret())
                : List.of(receiver.secret(), receiver.previousSecret());
        Map<String, String> headers = new LinkedHashMap<>();
        headers.put("webhook-id", message.webhookId());
        headers.put("webhook-timestamp", Long.toString(timestamp));
        headers.put("webhook-signature", WebhookSignatures.header(secrets, message.webhookId(), timestamp, body));
        WebhookSender.Outcome outcome = sender.send(URI.create(receiver.url()), headers, body);
        record(message, outcome);
    }

    /** Thin, as Standard Webhooks suggests: the type, the record's id and the change's place in the feed. */
    String payload(Claimed message) {
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("id", message.objectId().toString());
        data.put("cursor", cursors.encode(message.position()));
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("type", message.eventType());
        body.put("timestamp", DateTimeFormatter.ISO_INSTANT.format(message.createdAt()));
        body.put("data", data);
        try {
            return json.writeValueAsString(body);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private List<Claimed> claim() {
        return QuarkusTransaction.requiringNew().call(() -> {
            List<?> rows = entityManager.createNativeQuery(CLAIM)
                    .setParameter("batch", config.dispatch().batchSize())
                    .setParameter("lease", config.dispatch().lease().toMillis() / 1000.0)
                    .getResultList();
            List<Claimed> claimed = new ArrayList<>();
            for (Object row : rows) {
                Object[] r = (Object[]) row;
                claimed.add(new Claimed((UUID) r[0], (UUID) r[1], (UUID) r[2],
                        new FeedPosition(Long.parseUnsignedLong((String) r[4]), ((Number) r[3]).longValue()),
                        (String) r[5], (UUID) r[6], ((Number) r[7]).intValue(), instant(r[8])));
            }
            return claimed;
        });
    }

    private Map<UUID, Receiver> receivers(List<Claimed> batch) {
        String ids = batch.stream().map(m -> m.subscriptionId().toString()).distinct()
                .collect(java.util.stream.Collectors.joining(",", "{", "}"));
        return QuarkusTransaction.requiringNew().call(() -> {
            Map<UUID, Receiver> found = new java.util.HashMap<>();
            for (Object row : entityManager.createNativeQuery(SUBSCRIPTIONS).setParameter("ids", ids).getResultList()) {
                Object[] r = (Object[]) row;
                boolean keyed = (Boolean) r[4];
                found.put((UUID) r[0], new Receiver((String) r[1], (String) r[2], (String) r[3], keyed && (Boolean) r[5],
                        keyed ? ChangeAudience.ofScopes(List.of(((String) r[6]).split(" "))) : ChangeAudience.everything()));
            }
            return found;
        });
    }

    private void release(Claimed message) {
        QuarkusTransaction.requiringNew().run(() -> entityManager.createNativeQuery(
                        "UPDATE webhook_message SET next_attempt_at = now(), claim_id = NULL WHERE id = :id AND claim_id = :claim")
                .setParameter("id", message.id()).setParameter("claim", message.claimId()).executeUpdate());
    }

    /** Takes the message off the schedule for good, saying why; only while this round's claim on it holds. */
    private void cancel(Claimed message, String reason) {
        QuarkusTransaction.requiringNew().run(() -> entityManager.createNativeQuery("""
                        UPDATE webhook_message SET next_attempt_at = NULL, claim_id = NULL, cancelled_at = now(),
                            cancelled_reason = :reason
                        WHERE id = :id AND claim_id = :claim
                        """)
                .setParameter("reason", reason).setParameter("id", message.id()).setParameter("claim", message.claimId())
                .executeUpdate());
        LOG.infof("Webhook message %s not sent: %s", message.id(), reason);
    }

    private void record(Claimed message, WebhookSender.Outcome outcome) {
        int failed = message.attempts() + 1;
        Optional<Duration> retry = outcome.delivered() || Integer.valueOf(410).equals(outcome.status()) ? Optional.empty()
                : schedule.after(failed, outcome.status(), outcome.retryAfterSeconds());
        try {
            QuarkusTransaction.requiringNew().run(() -> {
                entityManager.createNativeQuery("""
                                INSERT INTO webhook_delivery (id, message_id, subscription_id, attempt, attempted_at, status_code,
                                                              response_ms, succeeded, error)
                                VALUES (:id, :message, :subscription, :attempt, now(), :status, :millis, :succeeded, :error)
                                """)
                        .setParameter("id", UUID.randomUUID()).setParameter("message", message.id())
                        .setParameter("subscription", message.subscriptionId()).setParameter("attempt", failed)
                        .setParameter("status", outcome.status()).setParameter("millis", outcome.millis())
                        .setParameter("succeeded", outcome.delivered())
                        .setParameter("error", outcome.error() == null ? null
                                : outcome.error().substring(0, Math.min(outcome.error().length(), 500)))
                        .executeUpdate();
                entityManager.createNativeQuery("""
                                UPDATE webhook_message SET attempts = attempts + 1, claim_id = NULL,
                                    delivered_at = CASE WHEN :delivered THEN now() ELSE delivered_at END,
                                    next_attempt_at = CASE WHEN :retry THEN now() + make_interval(secs => :wait) END
                                WHERE id = :id AND claim_id = :claim
                                """)
                        .setParameter("delivered", outcome.delivered()).setParameter("retry", retry.isPresent())
                        .setParameter("wait", retry.map(wait -> wait.toMillis() / 1000.0).orElse(0.0))
                        .setParameter("id", message.id()).setParameter("claim", message.claimId())
                        .executeUpdate();
                if (outcome.delivered()) {
                    entityManager.createNativeQuery("""
                                    UPDATE webhook_subscription SET failing_since = NULL, unhealthy_mailed = false
                                    WHERE id = :id AND failing_since IS NOT NULL
                                    """).setParameter("id", message.subscriptionId()).executeUpdate();
                } else {
                    failing(message.subscriptionId(), outcome);
                }
            });
        } catch (RuntimeException e) {
            // The claim stays: once its lease ends the message is due again and sent again with the same webhook-id.
            LOG.errorf("Could not record the outcome of webhook message %s: %s", message.id(), e.getMessage());
        }
    }

    /** One more failure: unhealthy after a while (owner mailed once), disabled after longer or on 410 (owner mailed). */
    private void failing(UUID subscriptionId, WebhookSender.Outcome outcome) {
        Object[] health = (Object[]) entityManager.createNativeQuery("""
                        UPDATE webhook_subscription SET failing_since = coalesce(failing_since, now())
                        WHERE id = :id AND active
                        RETURNING owner_account_id, url, description, failing_since, unhealthy_mailed, now()
                        """).setParameter("id", subscriptionId).getResultStream().findFirst().orElse(null);
        if (health == null) {
            return;
        }
        Instant failingSince = instant(health[3]);
        Duration failingFor = Duration.between(failingSince, instant(health[5]));
        String reason = Integer.valueOf(410).equals(outcome.status()) ? "the receiver answered 410 Gone"
                : failingFor.compareTo(config.disableAfter()) >= 0 ? "every delivery failed since " + readable(failingSince)
                : null;
        Map<String, Object> data = Map.of("url", health[1], "description", health[2], "failingSince", readable(failingSince));
        if (reason != null) {
            entityManager.createNativeQuery("""
                    UPDATE webhook_subscription SET active = false, disabled_reason = :reason, updated_at = now() WHERE id = :id
                    """).setParameter("reason", reason).setParameter("id", subscriptionId).executeUpdate();
            Map<String, Object> withReason = new LinkedHashMap<>(data);
            withReason.put("reason", reason);
            mail.enqueue(new OutgoingMail((UUID) health[0], MailKind.WEBHOOK_DISABLED, subscriptionId.toString(),
                    failingSince.toString(), withReason));
        } else if (!(Boolean) health[4] && failingFor.compareTo(config.unhealthyAfter()) >= 0) {
            entityManager.createNativeQuery("UPDATE webhook_subscription SET unhealthy_mailed = true WHERE id = :id")
                    .setParameter("id", subscriptionId).executeUpdate();
            mail.enqueue(new OutgoingMail((UUID) health[0], MailKind.WEBHOOK_UNHEALTHY, subscriptionId.toString(),
                    failingSince.toString(), data));
        }
    }

    private static String readable(Instant instant) {
        return DateTimeFormatter.ofPattern("EEEE, MMMM d, yyyy, h:mm a 'UTC'", java.util.Locale.ENGLISH)
                .format(instant.atZone(ZoneOffset.UTC));
    }

    private static Instant instant(Object value) {
        if (value instanceof Instant instant) {
            return instant;
        }
        if (value instanceof java.time.OffsetDateTime offset) {
            return offset.toInstant();
        }
        return ((java.sql.Timestamp) value).toInstant();
    }

    /** Stable across every attempt and redelivery of a message, for the receiver's deduplication. */
    static String webhookId(UUID messageId) {
        return "msg_" + messageId.toString().replace("-", "");
    }

    record Claimed(UUID id, UUID claimId, UUID subscriptionId, FeedPosition position, String eventType, UUID objectId,
                   int attempts, Instant createdAt) {

        String webhookId() {
            return WebhookDispatcher.webhookId(id);
        }
    }

    /**
     * Where a subscription's messages go, and what its integration client may still see: the authority is checked
     * again at each send, so a revoked client or a scope taken away stops deliveries already queued.
     */
    private record Receiver(String url, String secret, String previousSecret, boolean clientRevoked, ChangeAudience audience) {

        /** Why this receiver may not be told of this type of change now; empty when it may. */
        Optional<String> refusal(String eventType) {
            if (clientRevoked) {
                return Optional.of("the integration client was revoked");
            }
            Optional<ChangeKind> kind = ChangeKind.ofEventType(eventType);
            if (kind.isEmpty() || !audience.sees(kind.get())) {
                return Optional.of("the integration client no longer holds "
                        + kind.map(ChangeKind::scope).orElse("a scope that shows " + eventType));
            }
            return Optional.empty();
        }
    }
}
