package app.rounds.message;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import app.rounds.common.error.NotFound;
import app.rounds.event.Event;
import app.rounds.event.EventRepository;
import app.rounds.mail.MailKind;
import app.rounds.mail.MailOutbox;

/**
 * Organizers write to an event's seated attendees. Every mail is written to the outbox in one statement in the
 * message's transaction, keyed by the message, so each recipient gets it once and nobody gets half a message.
 */
@ApplicationScoped
class EventMessages {

    /** Who holds a seat, from the registration feature's view. */
    private static final String SEATED = "SELECT s.account_id FROM seat s WHERE s.event_id = :event";

    private final EventRepository events;
    private final MailOutbox outbox;
    private final Clock clock;

    EventMessages(EventRepository events, MailOutbox outbox, Clock clock) {
        this.events = events;
        this.outbox = outbox;
        this.clock = clock;
    }

    @Transactional
    EventMessageResponse send(UUID eventId, EventMessageRequest message) {
        Event event = events.findByIdOptional(eventId).orElseThrow(() -> new NotFound("Event"));
        UUID id = UUID.randomUUID();
        Instant now = clock.instant();
        int recipients = outbox.enqueueForEach(SEATED, Map.of("event", event.id()), MailKind.EVENT_MESSAGE,
                "event-message:" + id, "sent", Map.of(
                        "eventId", event.id().toString(),
                        "eventTitle", event.title(),
                        "subject", message.subject().strip(),
                        "text", message.text().strip()));
        return new EventMessageResponse(id, event.id(), recipients, now.atOffset(ZoneOffset.UTC));
    }
}
