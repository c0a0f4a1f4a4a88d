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
    private UUID introductionId;
    private UUID connectionId;
    private UUID personId;
    private String personName;

    protected Notification() {
    }

    Notification(UUID accountId, String kind, String message, UUID eventId, NotificationSubject subject, Instant createdAt) {
        this.id = UUID.randomUUID();
        this.accountId = accountId;
        this.kind = kind;
        this.message = message.length() > 500 ? message.substring(0, 500) : message;
        this.eventId = eventId;
        this.createdAt = createdAt;
        this.introductionId = subject.introductionId();
        this.connectionId = subject.connectionId();
        this.personId = subject.personId();
        this.personName = subject.personName() == null || subject.personName().length() <= 200
                ? subject.personName() : subject.personName().substring(0, 200);
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
    public NotificationSubject subject() { return new NotificationSubject(personId, personName, introductionId, connectionId); }
}
