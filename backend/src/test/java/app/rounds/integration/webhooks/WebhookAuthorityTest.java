package app.rounds.integration.webhooks;

import static app.rounds.support.Api.api;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import app.rounds.support.Events;
import app.rounds.support.IntegrationKeys;
import app.rounds.support.TestData;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;

/** A key's subscription is told only what its client may see when the message is sent, not when it was queued. */
@QuarkusTest
class WebhookAuthorityTest {

    @Inject
    EntityManager entityManager;

    private String organizer;
    private Receiver receiver;
    private final List<String> subscriptions = new ArrayList<>();

    @BeforeEach
    void start() {
        organizer = TestData.organizer().accessToken();
        receiver = Receiver.start();
    }

    @AfterEach
    void stop() {
        subscriptions.forEach(id -> api(organizer).delete("/api/v1/webhook-subscriptions/" + id));
        receiver.close();
    }

    @Test
    void aRevokedClientsSubscriptionIsNotDelivered() {
        var client = IntegrationKeys.issue(organizer, "webhooks:manage", "events:read");
        subscribe(client.key());
        UUID before = Events.published(organizer, 10);
        awaitDeliveryOf(before);

        api(organizer).delete("/api/v1/integration-clients/" + client.clientId()).then().statusCode(204);
        UUID after = Events.published(organizer, 10);

        assertThat(awaitCancellation(after, client.clientId())).isEqualTo("the integration client was revoked");
        assertThat(receiver.received()).noneMatch(request -> request.body().contains(after.toString()));
    }

    @Test
    void aClientThatLostTheReadScopeOfAChangeIsNotToldOfIt() {
        var client = IntegrationKeys.issue(organizer, "webhooks:manage", "events:read");
        subscribe(client.key());
        // No operation narrows a client's scopes today; the dispatcher must not rely on that staying so.
        QuarkusTransaction.requiringNew().run(() -> entityManager.createNativeQuery(
                        "UPDATE integration_client SET scopes = ARRAY['webhooks:manage'] WHERE id = :id")
                .setParameter("id", client.clientId()).executeUpdate());
        UUID eventId = Events.published(organizer, 10);

        assertThat(awaitCancellation(eventId, client.clientId())).isEqualTo("the integration client no longer holds events:read");
        assertThat(receiver.received()).noneMatch(request -> request.body().contains(eventId.toString()));
    }

    private void subscribe(String key) {
        subscriptions.add(api(key).body(Map.of("url", receiver.url("/key"), "eventTypes", List.of("event.created")))
                .post("/api/v1/webhook-subscriptions").then().statusCode(201).extract().path("id"));
    }

    private void awaitDeliveryOf(UUID objectId) {
        await().atMost(Duration.ofSeconds(10)).until(() -> receiver.received().stream()
                .anyMatch(request -> request.body().contains(objectId.toString())));
    }

    /**
     * The reason the client's message about this object was cancelled with, once it is; it is then off the schedule.
     */
    private String awaitCancellation(UUID objectId, UUID clientId) {
        return await().atMost(Duration.ofSeconds(10)).until(() -> cancellationReason(objectId, clientId), reason -> reason != null);
    }

    private String cancellationReason(UUID objectId, UUID clientId) {
        List<?> reasons = QuarkusTransaction.requiringNew().call(() -> entityManager.createNativeQuery(
                        "SELECT m.cancelled_reason FROM webhook_message m JOIN webhook_subscription s ON s.id = m.subscription_id"
                                + " WHERE m.object_id = :id AND s.client_id = :client AND m.cancelled_at IS NOT NULL"
                                + " AND m.next_attempt_at IS NULL AND m.delivered_at IS NULL")
                .setParameter("id", objectId).setParameter("client", clientId).getResultList());
        return reasons.isEmpty() ? null : (String) reasons.get(0);
    }
}
