package app.rounds.mail;

import java.util.Map;
import java.util.Objects;
import java.util.UUID;

/**
 * A mail to write to the outbox. {@code subjectKey} names the object it is about (an event, an introduction, a task)
 * and {@code occasion} tells repeats apart (the event's version, a reminder's day, a token's id): the same four
 * values are one mail, however often it is enqueued. {@code data} is what the templates show, as JSON-able values.
 */
public record OutgoingMail(UUID recipientAccountId, MailKind kind, String subjectKey, String occasion, Map<String, Object> data) {

    public OutgoingMail {
        Objects.requireNonNull(recipientAccountId, "recipientAccountId");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(subjectKey, "subjectKey");
        Objects.requireNonNull(occasion, "occasion");
        data = data == null ? Map.of() : Map.copyOf(data);
    }
}
