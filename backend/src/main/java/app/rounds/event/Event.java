package app.rounds.event;

import java.time.Instant;
import java.time.ZoneId;
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
 * One gathering. Keeps its own seat count, so "never more registered than capacity" is decided on this row, which
 * registration locks; the database's check constraint backs the same rule.
 */
@Entity
@Table(name = "event")
public class Event {

    @Id
    private UUID id;
    private String title;
    private String description;
    private String city;
    private String venueName;
    private String venueAddress;
    private String timeZone;
    private Instant startsAt;
    private Instant endsAt;
    private int capacity;
    private Instant registrationOpensAt;
    private Instant registrationClosesAt;
    private String specialtyFocus;
    private int openRequestLimit;
    @Enumerated(EnumType.STRING)
    private EventStatus status;
    private int registeredCount;
    private int waitlistedCount;
    private UUID createdBy;
    private Instant createdAt;
    private Instant updatedAt;
    private int revision;
    @Version
    private long version;

    protected Event() {
    }

    public static Event draft(EventDetails details, int capacity, UUID organizerId, Instant now) {
        Event event = new Event();
        event.id = UUID.randomUUID();
        event.status = EventStatus.DRAFT;
        event.createdBy = organizerId;
        event.createdAt = now;
        event.describe(details, now);
        event.requireCapacityAtLeast(capacity, 0);
        event.capacity = capacity;
        return event;
    }

    public void describe(EventDetails details, Instant now) {
        requireChangeable();
        if (!details.endsAt().isAfter(details.startsAt())) {
            throw new InvalidInput("endsAt", "must be after the start");
        }
        if (!details.registrationClosesAt().isAfter(details.registrationOpensAt())) {
            throw new InvalidInput("registrationClosesAt", "must be after registration opens");
        }
        if (details.registrationClosesAt().isAfter(details.endsAt())) {
            throw new InvalidInput("registrationClosesAt", "must not be after the event ends");
        }
        if (details.openRequestLimit() < 1) {
            throw new InvalidInput("openRequestLimit", "must be at least 1");
        }
        title = details.title().strip();
        description = details.description().strip();
        city = details.city().strip();
        venueName = details.venueName().strip();
        venueAddress = details.venueAddress().strip();
        timeZone = details.timeZone().getId();
        startsAt = details.startsAt();
        endsAt = details.endsAt();
        registrationOpensAt = details.registrationOpensAt();
        registrationClosesAt = details.registrationClosesAt();
        specialtyFocus = details.specialtyFocus();
        openRequestLimit = details.openRequestLimit();
        changed(now);
    }

    public void publish(Instant now) {
        if (status != EventStatus.DRAFT) {
            throw new Conflict("Only a draft can be published; this event is " + status.name().toLowerCase());
        }
        status = EventStatus.PUBLISHED;
        changed(now);
    }

    public void cancel(Instant now) {
        if (status == EventStatus.CANCELLED) {
            return;
        }
        if (status == EventStatus.COMPLETED) {
            throw new Conflict("A completed event cannot be cancelled");
        }
        status = EventStatus.CANCELLED;
        changed(now);
    }

    public void complete(Instant now) {
        if (status != EventStatus.PUBLISHED) {
            throw new Conflict("Only a published event can be completed; this event is " + status.name().toLowerCase());
        }
        status = EventStatus.COMPLETED;
        changed(now);
    }

    /** Raising capacity frees seats for the waitlist; lowering it below those already registered is refused. */
    public void changeCapacity(int newCapacity, Instant now) {
        requireChangeable();
        requireCapacityAtLeast(newCapacity, registeredCount);
        capacity = newCapacity;
        changed(now);
    }

    private void requireCapacityAtLeast(int newCapacity, int registered) {
        if (newCapacity < 1) {
            throw new InvalidInput("capacity", "must be at least 1");
        }
        if (newCapacity < registered) {
            throw new InvalidInput("capacity", "cannot be lower than the " + registered + " attendees already registered");
        }
    }

    private void requireChangeable() {
        if (status == EventStatus.CANCELLED || status == EventStatus.COMPLETED) {
            throw new Conflict("A " + status.name().toLowerCase() + " event cannot be changed");
        }
    }

    /** Every change a calendar shows raises the revision, which feeds publish as SEQUENCE. */
    private void changed(Instant now) {
        revision++;
        updatedAt = now;
    }

    public boolean acceptsRegistrations() {
        return status == EventStatus.PUBLISHED;
    }

    public boolean registrationWindowContains(Instant now) {
        return !now.isBefore(registrationOpensAt) && now.isBefore(registrationClosesAt);
    }

    public boolean hasFreeSeat() {
        return registeredCount < capacity;
    }

    /** Takes a seat if one is free; the caller holds this event's lock. */
    public boolean takeSeat() {
        if (!hasFreeSeat()) {
            return false;
        }
        registeredCount++;
        return true;
    }

    public void releaseSeat() {
        if (registeredCount == 0) {
            throw new IllegalStateException("No seat to release on event " + id);
        }
        registeredCount--;
    }

    public void joinWaitlist() {
        waitlistedCount++;
    }

    public void leaveWaitlist() {
        if (waitlistedCount > 0) {
            waitlistedCount--;
        }
    }

    public boolean isVisibleToAttendees() {
        return status != EventStatus.DRAFT;
    }

    public UUID id() { return id; }
    public String title() { return title; }
    public String description() { return description; }
    public String city() { return city; }
    public String venueName() { return venueName; }
    public String venueAddress() { return venueAddress; }
    public ZoneId timeZone() { return ZoneId.of(timeZone); }
    public Instant startsAt() { return startsAt; }
    public Instant endsAt() { return endsAt; }
    public int capacity() { return capacity; }
    public Instant registrationOpensAt() { return registrationOpensAt; }
    public Instant registrationClosesAt() { return registrationClosesAt; }
    public String specialtyFocus() { return specialtyFocus; }
    public int openRequestLimit() { return openRequestLimit; }
    public EventStatus status() { return status; }
    public int registeredCount() { return registeredCount; }
    public int waitlistedCount() { return waitlistedCount; }
    public Instant createdAt() { return createdAt; }
    public Instant updatedAt() { return updatedAt; }
    public int revision() { return revision; }
}
