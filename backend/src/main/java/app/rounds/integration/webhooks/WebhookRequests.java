package app.rounds.integration.webhooks;

import java.util.List;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** What an organizer sends to subscribe to changes and to change a subscription. */
public final class WebhookRequests {

    private WebhookRequests() {
    }

    @Schema(name = "CreateWebhookSubscriptionRequest")
    public record Create(
            @Schema(required = true, maxLength = 2000, description = "An https URL on a public address") @NotBlank @Size(max = 2000) String url,
            @Schema(required = true, description = "Types to receive, e.g. `registration.created`: each kind (event, registration,"
                    + " profile, introduction, follow_up_task) with created, updated or deleted")
            @NotNull @Size(min = 1, max = 15) List<@NotBlank @Size(max = 40) String> eventTypes,
            @Schema(maxLength = 500) @Size(max = 500) String description) {
    }

    @Schema(name = "ChangeWebhookSubscriptionRequest", description = "Any of the fields; `active: true` switches a disabled subscription on again")
    public record Change(
            @Schema(maxLength = 2000) @Size(max = 2000) String url,
            @Size(min = 1, max = 15) List<@NotBlank @Size(max = 40) String> eventTypes,
            @Schema(maxLength = 500) @Size(max = 500) String description,
            Boolean active) {
    }
}
