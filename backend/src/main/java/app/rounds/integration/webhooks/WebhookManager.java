package app.rounds.integration.webhooks;

import java.util.UUID;

import jakarta.enterprise.context.RequestScoped;

import app.rounds.common.security.CurrentUser;
import app.rounds.integration.IntegrationClientService;

/**
 * Who manages subscriptions in this request: an organizer (every subscription of the organizing company) or an
 * integration key with {@code webhooks:manage} (its client's own only, owned for mail by the organizer who made it).
 */
@RequestScoped
public class WebhookManager {

    private final CurrentUser caller;
    private final IntegrationClientService clients;

    WebhookManager(CurrentUser caller, IntegrationClientService clients) {
        this.caller = caller;
        this.clients = clients;
    }

    /** The client whose subscriptions these are, or null for an organizer, who sees all. */
    UUID clientId() {
        return caller.integration().map(integration -> integration.clientId()).orElse(null);
    }

    /** Whom a new subscription's health mails go to. */
    UUID owner() {
        UUID client = clientId();
        return client == null ? caller.id() : clients.get(client).createdBy();
    }

    boolean sees(WebhookSubscription subscription) {
        UUID client = clientId();
        return client == null || client.equals(subscription.clientId());
    }
}
