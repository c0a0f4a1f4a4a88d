package app.rounds.integration;

import java.util.List;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "IntegrationClientRequest")
public record IntegrationClientRequest(
        @Schema(required = true, example = "Harbor Eye CRM", maxLength = 100) @NotBlank @Size(max = 100) String name,
        @Schema(required = true, minItems = 1, maxItems = 7, example = "[\"events:read\", \"registrations:read\"]",
                description = "Any of events:read, registrations:read, attendees:read, introductions:read, followups:read,"
                        + " followups:write, webhooks:manage. followups:write opens no operation: a follow-up task is an"
                        + " attendee's own promise to a colleague, changed only by that attendee.")
        @NotNull @Size(min = 1, max = 7) List<@NotBlank @Size(max = 40) String> scopes) {
}
