package app.rounds.followup;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import app.rounds.common.error.Conflict;
import app.rounds.common.error.InvalidInput;

/**
 * Something one attendee owes a connection after an event. Every change a calendar would show raises
 * {@code revision} (the feed's SEQUENCE); removing leaves a tombstone so feeds see the removal.
 */
@Entity
@Table(name = "follow_up_task")
public class FollowUpTask {

    @Id
    private UUID id;
    private UUID ownerId;
    private UUID connectionId;
    private UUID counterpartId;
    private UUID eventId;
    private String kind;
    private String title;
    private Instant dueAt;
    @Enumerated(EnumType.STRING)
    private FollowUpStatus status;
    private Instant closedAt;
    private Instant removedAt;
    private int revision;
    private Instant createdAt;
    private Instant updatedAt;
    @Version
    private long version;

    protected FollowUpTask() {
    }

    /** A task of the default plan, made with the connection; its due time may already have passed. */
    static FollowUpTask planned(UUID owner, UUID connectionId, UUID counterpart, UUID eventId, FollowUpKind kind,
                                Instant dueAt, Instant now) {
        FollowUpTask task = new FollowUpTask();
        task.id = UUID.randomUUID();
        task.ownerId = owner;
        task.connectionId = connectionId;
        task.counterpartId = counterpart;
        task.eventId = eventId;
        task.kind = kind.code();
        task.dueAt = dueAt;
        task.status = FollowUpStatus.OPEN;
        task.createdAt = now;
        task.updatedAt = now;
        return task;
    }

    /** A task the attendee adds; it must be due in the future, and a custom one needs a title. */
    static FollowUpTask added(UUID owner, UUID connectionId, UUID counterpart, UUID eventId, FollowUpKind kind,
                              String title, Instant dueAt, Instant now) {
        requireFuture(dueAt, now);
        String named = title == null || title.isBlank() ? null : title.strip();
        if (kind.needsTitle() && named == null) {
            throw new InvalidInput("title", "is needed for a task of kind " + kind.code());
        }
        FollowUpTask task = planned(owner, connectionId, counterpart, eventId, kind, dueAt, now);
        task.title = named;
        return task;
    }

    void reschedule(Instant newDue, Instant now) {
        requireOpen("rescheduled");
        requireFuture(newDue, now);
        dueAt = newDue;
        changed(now);
    }

    void close(FollowUpStatus outcome, Instant now) {
        if (outcome == status) {
            return;
        }
        if (outcome == FollowUpStatus.OPEN) {
            closedAt = null;
        } else {
            closedAt = now;
        }
        status = outcome;
        changed(now);
    }

    void remove(Instant now) {
        removedAt = now;
        changed(now);
    }

    public boolean overdueAt(Instant now) {
        return status == FollowUpStatus.OPEN && dueAt.isBefore(now);
    }

    private void requireOpen(String action) {
        if (status != FollowUpStatus.OPEN) {
            throw new Conflict("Only an open task can be " + action + "; this one is " + status.name().toLowerCase());
        }
    }

    private static void requireFuture(Instant dueAt, Instant now) {
        if (!dueAt.isAfter(now)) {
            throw new InvalidInput("dueAt", "must be in the future");
        }
    }

    private void changed(Instant now) {
        revision++;
        updatedAt = now;
    }

    public UUID id() { return id; }
    public UUID ownerId() { return ownerId; }
    public UUID connectionId() { return connectionId; }
    public UUID counterpartId() { return counterpartId; }
    public UUID eventId() { return eventId; }
    public String kind() { return kind; }
    public String title() { return title; }
    public Instant dueAt() { return dueAt; }
    public FollowUpStatus status() { return status; }
    public Instant closedAt() { return closedAt; }
    public int revision() { return revision; }
    public Instant createdAt() { return createdAt; }
    public Instant updatedAt() { return updatedAt; }
}
