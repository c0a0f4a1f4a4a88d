package app.rounds.notification;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A message in an account's in-app inbox. */
@Entity
@Table(name = "notification")
public class Notification {

    @Id
    private UUID id;
    private UUID accountId;
    private String kind;
    private String message;
    private UUID eventId;
    private Instant createdAt;
    private Instant readAt;

    protected Notification() {
    }

    Notification(UUID accountId, String kind, String message, UUID eventId, Instant createdAt) {
        this.id = UUID.randomUUID();
        this.accountId = accountId;
        this.kind = kind;
        this.message = message.length() > 500 ? message.substring(0, 500) : message;
        this.eventId = eventId;
        this.createdAt = createdAt;
    }

    void markRead(Instant now) {
        if (readAt == null) {
            readAt = now;
        }
    }

    public UUID id() { return id; }
    public UUID accountId() { return accountId; }
    public String kind() { return kind; }
    public String message() { return message; }
    public UUID eventId() { return eventId; }
    public Instant createdAt() { return createdAt; }
    public Instant readAt() { return readAt; }
}
