package app.rounds.integration.webhooks;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import app.rounds.common.paging.PageRequest;

/** Webhook subscriptions and their delivery log as the API shows them. */
public final class WebhookResponses {

    private WebhookResponses() {
    }

    @Schema(name = "WebhookSubscription")
    public record Subscription(
            @Schema(required = true) UUID id,
            @Schema(required = true) String url,
            @Schema(required = true) String description,
            @Schema(required = true) List<String> eventTypes,
            @Schema(required = true) boolean active,
            @Schema(description = "Why Rounds switched it off (410 Gone, or failing for five days)") String disabledReason,
            @Schema(description = "Since when every delivery has failed; absent while healthy") Instant failingSince,
            @Schema(description = "Shown only when created or rotated, never again: verify signatures with it")
            String secret,
            @Schema(description = "Until when the previous secret still signs too, after a rotation") Instant previousSecretValidUntil,
            @Schema(required = true) Instant createdAt,
            @Schema(required = true) Instant updatedAt) {

        static Subscription of(WebhookSubscription subscription, String secretShownOnce) {
            Instant previousUntil = subscription.previousSecretUntil() != null && subscription.previousSecretUntil().isAfter(Instant.now())
                    ? subscription.previousSecretUntil() : null;
            return new Subscription(subscription.id(), subscription.url(), subscription.description(), subscription.eventTypes(),
                    subscription.active(), subscription.disabledReason(), subscription.failingSince(), secretShownOnce, previousUntil,
                    subscription.createdAt(), subscription.updatedAt());
        }
    }

    @Schema(name = "WebhookSubscriptionPage")
    public record SubscriptionPage(@Schema(required = true) List<Subscription> items,
                                   @Schema(description = PageRequest.NEXT_CURSOR) String nextCursor) {
    }

    @Schema(name = "WebhookDelivery", description = "One attempt to deliver one message")
    public record Delivery(
            @Schema(required = true) UUID id,
            @Schema(required = true, description = "The `webhook-id` header: the same on every attempt of the message") String webhookId,
            @Schema(required = true) String eventType,
            @Schema(required = true) UUID objectId,
            @Schema(required = true, description = "1 for the first attempt of the message") int attempt,
            @Schema(required = true) Instant attemptedAt,
            @Schema(description = "What the receiver answered; absent when it did not (refused, timed out)") Integer statusCode,
            @Schema(required = true, description = "Milliseconds until the answer or the failure") int responseMs,
            @Schema(required = true, description = "A 2xx answer") boolean succeeded,
            String error) {
    }

    @Schema(name = "WebhookDeliveryPage")
    public record DeliveryPage(@Schema(required = true) List<Delivery> items,
                               @Schema(description = PageRequest.NEXT_CURSOR) String nextCursor) {
    }

    @Schema(name = "WebhookRedelivery")
    public record Redelivery(@Schema(required = true, description = "Sent again soon with this `webhook-id`") String webhookId) {
    }
}
