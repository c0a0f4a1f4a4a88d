package app.rounds.integration.webhooks;

import java.net.URI;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import app.rounds.common.error.Conflict;
import app.rounds.common.error.InvalidInput;
import app.rounds.common.error.MissingScope;
import app.rounds.common.error.NotFound;
import app.rounds.common.paging.Cursor;
import app.rounds.common.persistence.SqlReads;
import app.rounds.integration.changes.ChangeAudience;
import app.rounds.integration.changes.ChangeKind;

/** Subscriptions: made, changed, rotated and removed by organizers; their delivery log and manual redelivery. */
@ApplicationScoped
public class WebhookSubscriptions {

    private static final List<String> OPERATIONS = List.of("created", "updated", "deleted");
    private static final String DELIVERIES = """
            SELECT d.id, d.message_id, m.event_type, m.object_id, d.attempt, d.attempted_at, d.status_code, d.response_ms,
                   d.succeeded, d.error
            FROM webhook_delivery d JOIN webhook_message m ON m.id = d.message_id
            WHERE d.subscription_id = :subscription
              AND (CAST(:afterAt AS timestamptz) IS NULL OR (d.attempted_at, d.id) < (CAST(:afterAt AS timestamptz), CAST(:afterId AS uuid)))
            ORDER BY d.attempted_at DESC, d.id DESC
            LIMIT :limit
            """;
    private static final SqlReads.Columns DELIVERY_COLUMNS = SqlReads.Columns.of("id", UUID.class).with("message_id", UUID.class)
            .text("event_type").with("object_id", UUID.class).with("attempt", Integer.class).with("attempted_at", Instant.class)
            .with("status_code", Integer.class).with("response_ms", Integer.class).with("succeeded", Boolean.class).text("error");

    private final EntityManager entityManager;
    private final ReceiverAddresses receivers;
    private final SqlReads reads;
    private final WebhookConfig config;
    private final Clock clock;

    WebhookSubscriptions(EntityManager entityManager, ReceiverAddresses receivers, SqlReads reads, WebhookConfig config, Clock clock) {
        this.entityManager = entityManager;
        this.receivers = receivers;
        this.reads = reads;
        this.config = config;
        this.clock = clock;
    }

    @Transactional
    public List<WebhookSubscription> list(WebhookManager manager, Cursor after, int fetchSize) {
        UUID client = manager.clientId();
        String mine = client == null ? "TRUE" : "s.clientId = :client";
        String keyset = after == null ? "" : " AND (s.createdAt > :at OR (s.createdAt = :at AND s.id > :id))";
        var query = entityManager.createQuery("SELECT s FROM WebhookSubscription s WHERE " + mine + keyset
                + " ORDER BY s.createdAt, s.id", WebhookSubscription.class).setMaxResults(fetchSize);
        if (client != null) {
            query.setParameter("client", client);
        }
        if (after != null) {
            query.setParameter("at", after.at()).setParameter("id", after.id());
        }
        return query.getResultList();
    }

    /** Another client's subscription reads as not found. */
    @Transactional
    public WebhookSubscription get(WebhookManager manager, UUID id) {
        return Optional.ofNullable(entityManager.find(WebhookSubscription.class, id)).filter(manager::sees)
                .orElseThrow(() -> new NotFound("webhook subscription"));
    }

    @Transactional
    public WebhookSubscription create(WebhookManager manager, WebhookRequests.Create request, ChangeAudience audience) {
        List<String> types = eventTypes(request.eventTypes(), audience);
        URI url = receivers.check(request.url(), "url");
        WebhookSubscription subscription = WebhookSubscription.create(manager.owner(), manager.clientId(), url,
                request.description(), types, clock.instant());
        entityManager.persist(subscription);
        return subscription;
    }

    @Transactional
    public WebhookSubscription change(WebhookManager manager, UUID id, WebhookRequests.Change request, ChangeAudience audience) {
        WebhookSubscription subscription = get(manager, id);
        Instant now = clock.instant();
        if (request.eventTypes() != null) {
            subscription.listenTo(eventTypes(request.eventTypes(), audience), now);
        }
        if (request.url() != null) {
            subscription.moveTo(receivers.check(request.url(), "url"), now);
        }
        if (request.description() != null) {
            subscription.describe(request.description(), now);
        }
        if (request.active() != null) {
            if (request.active() && !subscription.active()) {
                // Switched on again: the failure streak that disabled it is over, and unhealthy may be mailed anew.
                entityManager.createNativeQuery("""
                        UPDATE webhook_subscription SET failing_since = NULL, disabled_reason = NULL, unhealthy_mailed = false
                        WHERE id = :id""").setParameter("id", id).executeUpdate();
            }
            subscription.activate(request.active(), now);
        }
        entityManager.flush();
        entityManager.refresh(subscription);
        return subscription;
    }

    /** A new secret, returned once; the previous one signs alongside it for the configured overlap. */
    @Transactional
    public RotatedSecret rotate(WebhookManager manager, UUID id) {
        WebhookSubscription subscription = get(manager, id);
        Instant now = clock.instant();
        String secret = subscription.rotateSecret(now.plus(config.secretOverlap()), now);
        return new RotatedSecret(subscription, secret);
    }

    @Transactional
    public void delete(WebhookManager manager, UUID id) {
        entityManager.remove(get(manager, id));
    }

    @Transactional
    public List<WebhookResponses.Delivery> deliveries(WebhookManager manager, UUID subscriptionId, Cursor after, int fetchSize) {
        get(manager, subscriptionId);
        Map<String, Object> parameters = new java.util.HashMap<>();
        parameters.put("subscription", subscriptionId);
        parameters.put("afterAt", after == null ? null : java.time.OffsetDateTime.ofInstant(after.at(), java.time.ZoneOffset.UTC));
        parameters.put("afterId", after == null ? null : after.id());
        parameters.put("limit", fetchSize);
        return reads.list(DELIVERIES, DELIVERY_COLUMNS, parameters, row -> new WebhookResponses.Delivery(row.uuid("id"),
                WebhookDispatcher.webhookId(row.uuid("message_id")), row.text("event_type"), row.uuid("object_id"),
                row.integer("attempt"), row.instant("attempted_at"), row.get("status_code", Integer.class),
                row.integer("response_ms"), row.isTrue("succeeded"), row.text("error")));
    }

    /**
     * Sends the delivery's message again soon, with the same {@code webhook-id}, and a fresh retry schedule. Refused
     * while an attempt of it is in flight: two attempts of one message never overlap.
     */
    @Transactional
    public String redeliver(WebhookManager manager, UUID subscriptionId, UUID deliveryId) {
        get(manager, subscriptionId);
        List<?> message = entityManager.createNativeQuery(
                        "SELECT message_id FROM webhook_delivery WHERE id = :id AND subscription_id = :subscription")
                .setParameter("id", deliveryId).setParameter("subscription", subscriptionId).getResultList();
        if (message.isEmpty()) {
            throw new NotFound("delivery");
        }
        UUID messageId = (UUID) message.get(0);
        int queued = entityManager.createNativeQuery("""
                        UPDATE webhook_message SET next_attempt_at = now(), attempts = 0, claim_id = NULL
                        WHERE id = :id AND (claim_id IS NULL OR next_attempt_at <= now())
                        """).setParameter("id", messageId).executeUpdate();
        if (queued == 0) {
            throw new Conflict("An attempt of this message is in flight; it is redelivered when that one fails");
        }
        return WebhookDispatcher.webhookId(messageId);
    }

    private static List<String> eventTypes(List<String> requested, ChangeAudience audience) {
        for (String type : requested) {
            int dot = type.indexOf('.');
            Optional<ChangeKind> kind = dot < 0 ? Optional.empty() : ChangeKind.ofCode(type.substring(0, dot));
            if (kind.isEmpty() || !OPERATIONS.contains(type.substring(dot + 1))) {
                throw new InvalidInput("eventTypes", "has an unknown type: " + type
                        + " (a kind: event, registration, profile, introduction, follow_up_task; then .created, .updated or .deleted)");
            }
            if (!audience.sees(kind.get())) {
                throw new MissingScope(kind.get().scope());
            }
        }
        return requested.stream().distinct().toList();
    }

    public record RotatedSecret(WebhookSubscription subscription, String secret) {
    }
}
