package app.rounds.registration;

import java.security.SecureRandom;
import java.time.Instant;
import java.util.Base64;
import java.util.UUID;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import app.rounds.common.error.Conflict;

/** An attendee's place at an event: a seat, a place on the waitlist, or a place given up. */
@Entity
@Table(name = "registration")
public class Registration {

    private static final SecureRandom RANDOM = new SecureRandom();

    @Id
    private UUID id;
    private UUID eventId;
    private UUID accountId;
    @Enumerated(EnumType.STRING)
    private RegistrationStatus status;
    private Long waitlistPosition;
    private String ticketToken;
    private String ticketCode;
    private Instant createdAt;
    private Instant updatedAt;
    private Instant checkedInAt;
    @Version
    private long version;

    protected Registration() {
    }

    static Registration seated(UUID eventId, UUID accountId, String ticketCode, Instant now) {
        Registration registration = new Registration(eventId, accountId, ticketCode, now);
        registration.status = RegistrationStatus.REGISTERED;
        return registration;
    }

    static Registration waitlisted(UUID eventId, UUID accountId, String ticketCode, long position, Instant now) {
        Registration registration = new Registration(eventId, accountId, ticketCode, now);
        registration.status = RegistrationStatus.WAITLISTED;
        registration.waitlistPosition = position;
        return registration;
    }

    private Registration(UUID eventId, UUID accountId, String ticketCode, Instant now) {
        this.id = UUID.randomUUID();
        this.eventId = eventId;
        this.accountId = accountId;
        this.ticketToken = newTicketToken();
        this.ticketCode = ticketCode;
        this.createdAt = now;
        this.updatedAt = now;
    }

    /** A cancelled registration comes back to the end of the line, with a new ticket. */
    void reactivateSeated(String newTicketCode, Instant now) {
        requireStatus(RegistrationStatus.CANCELLED, "Only a cancelled registration can be renewed");
        status = RegistrationStatus.REGISTERED;
        waitlistPosition = null;
        ticketToken = newTicketToken();
        ticketCode = newTicketCode;
        updatedAt = now;
    }

    void reactivateWaitlisted(String newTicketCode, long position, Instant now) {
        requireStatus(RegistrationStatus.CANCELLED, "Only a cancelled registration can be renewed");
        status = RegistrationStatus.WAITLISTED;
        waitlistPosition = position;
        ticketToken = newTicketToken();
        ticketCode = newTicketCode;
        updatedAt = now;
    }

    void promote(Instant now) {
        requireStatus(RegistrationStatus.WAITLISTED, "Only a waitlisted registration can be promoted");
        status = RegistrationStatus.REGISTERED;
        waitlistPosition = null;
        updatedAt = now;
    }

    void cancel(Instant now) {
        if (status == RegistrationStatus.CHECKED_IN || status == RegistrationStatus.NO_SHOW) {
            throw new Conflict("A registration that was checked in or marked no-show cannot be cancelled");
        }
        requireActive();
        status = RegistrationStatus.CANCELLED;
        waitlistPosition = null;
        updatedAt = now;
    }

    /** Returns false when the attendee was already in: checking in twice is harmless. */
    boolean checkIn(Instant now) {
        if (status == RegistrationStatus.CHECKED_IN) {
            return false;
        }
        if (status == RegistrationStatus.WAITLISTED) {
            throw new Conflict("This attendee is on the waitlist, not registered");
        }
        requireStatus(RegistrationStatus.REGISTERED, "This registration is " + status.name().toLowerCase().replace('_', '-'));
        status = RegistrationStatus.CHECKED_IN;
        checkedInAt = now;
        updatedAt = now;
        return true;
    }

    private void requireActive() {
        if (!status.isActive()) {
            throw new Conflict("This registration is already " + status.name().toLowerCase().replace('_', '-'));
        }
    }

    private void requireStatus(RegistrationStatus expected, String message) {
        if (status != expected) {
            throw new Conflict(message);
        }
    }

    private static String newTicketToken() {
        byte[] bytes = new byte[24];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    public UUID id() { return id; }
    public UUID eventId() { return eventId; }
    public UUID accountId() { return accountId; }
    public RegistrationStatus status() { return status; }
    public Long waitlistPosition() { return waitlistPosition; }
    public String ticketToken() { return ticketToken; }
    /** The ticket's typed fallback, unique at its event. */
    public String ticketCode() { return ticketCode; }
    public Instant createdAt() { return createdAt; }
    public Instant updatedAt() { return updatedAt; }
    public Instant checkedInAt() { return checkedInAt; }
}
