package app.rounds.message;

import java.time.OffsetDateTime;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "EventMessage", description = "A message on its way: one mail per recipient in the outbox, each sent once")
public record EventMessageResponse(
        @Schema(required = true) UUID id,
        @Schema(required = true) UUID eventId,
        @Schema(required = true, description = "Attendees holding a seat who will get the mail: those who switched event"
                + " mails off in their preferences are left out") long recipients,
        @Schema(required = true) OffsetDateTime queuedAt) {
}
