package app.rounds.registration;

import java.time.Clock;
import java.time.Instant;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.transaction.Transactional;

import app.rounds.account.AccountRepository;
import app.rounds.account.EmailVerification;
import app.rounds.account.Role;
import app.rounds.common.error.Conflict;
import app.rounds.common.error.InvalidInput;
import app.rounds.common.error.NotAllowed;
import app.rounds.common.error.NotFound;
import app.rounds.common.security.ShortCodes;
import app.rounds.event.Event;
import app.rounds.event.EventLifecycle;
import app.rounds.event.EventRepository;
import app.rounds.notification.NotificationKind;
import app.rounds.notification.Notifications;

/**
 * Seats, waitlist and check-in. Every decision about an event's seats is taken while holding that event's row lock,
 * so concurrent requests are decided one after another and capacity is never exceeded.
 */
@ApplicationScoped
public class RegistrationService {

    private final EventRepository events;
    private final RegistrationRepository registrations;
    private final AccountRepository accounts;
    private final EmailVerification verification;
    private final Notifications notifications;
    private final RegistrationMails mails;
    private final jakarta.enterprise.event.Event<AttendanceChanged> attendance;
    private final jakarta.enterprise.event.Event<CheckedIn> checkIns;
    private final Clock clock;

    RegistrationService(EventRepository events, RegistrationRepository registrations, AccountRepository accounts,
                        EmailVerification verification,
                        Notifications notifications, RegistrationMails mails,
                        jakarta.enterprise.event.Event<AttendanceChanged> attendance,
                        jakarta.enterprise.event.Event<CheckedIn> checkIns, Clock clock) {
        this.events = events;
        this.registrations = registrations;
        this.accounts = accounts;
        this.verification = verification;
        this.notifications = notifications;
        this.mails = mails;
        this.attendance = attendance;
        this.checkIns = checkIns;
        this.clock = clock;
    }

    /** Registers, or returns the registration that already holds a place: registering twice changes nothing. */
    @Transactional
    public Registered register(UUID eventId, UUID attendeeId, Caller caller) {
        if (!caller.isOrganizer() && !attendeeId.equals(caller.id())) {
            throw new NotAllowed("Only organizers may register someone else");
        }
        if (attendeeId.equals(caller.id())) {
            verification.requireVerified(attendeeId);
        }
        var alreadyPlaced = registrations.findByEventAndAccount(eventId, attendeeId).filter(found -> found.status().isActive());
        if (alreadyPlaced.isPresent()) {
            // A repeat changes nothing, so it need not queue behind the event's lock.
            return new Registered(alreadyPlaced.get(), false);
        }
        Event event = lockVisibleEvent(eventId, caller);
        Instant now = clock.instant();
        if (caller.isOrganizer() && !caller.id().equals(attendeeId)) {
            var attendee = accounts.findByIdOptional(attendeeId)
                    .orElseThrow(() -> new InvalidInput("attendeeId", "no such attendee"));
            if (!attendee.hasRole(Role.ATTENDEE)) {
                throw new InvalidInput("attendeeId", "is not an attendee account");
            }
        }
        if (!event.acceptsRegistrations()) {
            throw new Conflict("This event is " + event.status().name().toLowerCase() + "; it takes no registrations");
        }
        if (!caller.isOrganizer() && !event.registrationWindowContains(now)) {
            throw new Conflict(now.isBefore(event.registrationOpensAt())
                    ? "Registration for this event has not opened yet"
                    : "Registration for this event has closed");
        }
        var existing = registrations.findByEventAndAccount(eventId, attendeeId);
        // Read before the lock, it may be stale: another request may have renewed it meanwhile.
        existing.ifPresent(registrations.getEntityManager()::refresh);
        if (existing.isPresent() && existing.get().status().isActive()) {
            return new Registered(existing.get(), false);
        }
        Registration registration = existing.map(cancelled -> renew(cancelled, event, now))
                .orElseGet(() -> place(event, attendeeId, now));
        if (existing.isEmpty()) {
            registrations.persist(registration);
        }
        if (!caller.id().equals(attendeeId)) {
            notifications.send(attendeeId, NotificationKind.REGISTERED_BY_ORGANIZER,
                    "An organizer registered you for " + event.title()
                            + (registration.status() == RegistrationStatus.WAITLISTED ? " (waitlist)" : ""), event.id());
        }
        attendance.fire(new AttendanceChanged(event.id()));
        return new Registered(registration, true);
    }

    @Transactional
    public Registration cancel(UUID eventId, UUID registrationId, Caller caller) {
        Event event = lockVisibleEvent(eventId, caller);
        Instant now = clock.instant();
        Registration registration = findAccessible(eventId, registrationId, caller);
        RegistrationStatus before = registration.status();
        registration.cancel(now);
        if (before == RegistrationStatus.REGISTERED) {
            event.releaseSeat();
            if (event.acceptsRegistrations()) {
                promoteWhileSeatsFree(event, now);
            }
        } else if (before == RegistrationStatus.WAITLISTED) {
            event.leaveWaitlist();
        }
        if (!caller.id().equals(registration.accountId())) {
            notifications.send(registration.accountId(), NotificationKind.REGISTRATION_REMOVED,
                    "An organizer removed your registration for " + event.title(), event.id());
        }
        attendance.fire(new AttendanceChanged(event.id()));
        return registration;
    }

    /** An organizer moves someone off the waitlist, into a free seat. */
    @Transactional
    public Registration promote(UUID eventId, UUID registrationId) {
        Event event = events.findForUpdate(eventId).orElseThrow(() -> new NotFound("Event"));
        Instant now = clock.instant();
        Registration registration = registrations.findInEvent(eventId, registrationId)
                .orElseThrow(() -> new NotFound("Registration"));
        if (registration.status() != RegistrationStatus.WAITLISTED) {
            throw new Conflict("Only a waitlisted registration can be moved off the waitlist");
        }
        if (!event.takeSeat()) {
            throw new Conflict("No seat is free; raise the event's capacity first");
        }
        event.leaveWaitlist();
        registration.promote(now);
        notifyPromoted(registration, event);
        attendance.fire(new AttendanceChanged(event.id()));
        return registration;
    }

    /**
     * By exactly one of the scanned ticket token, the typed ticket code (already normalised) or the registration id.
     * Under the event's lock, so two door staff scanning one ticket at once get one check-in and one "already".
     */
    @Transactional
    public CheckIn checkIn(UUID eventId, String ticketToken, String ticketCode, UUID registrationId) {
        Event event = events.findForUpdate(eventId).orElseThrow(() -> new NotFound("Event"));
        if (!event.acceptsRegistrations()) {
            throw new Conflict("Check-in is open only while the event is published; it is " + event.status().name().toLowerCase());
        }
        Registration registration = (ticketToken != null ? registrations.findByTicket(eventId, ticketToken)
                : ticketCode != null ? registrations.findByTicketCode(eventId, ticketCode)
                : registrations.findInEvent(eventId, registrationId))
                .orElseThrow(() -> new NotFound("Ticket for this event"));
        boolean firstTime = registration.checkIn(clock.instant());
        if (firstTime) {
            checkIns.fire(new CheckedIn(eventId));
        }
        return new CheckIn(registration, !firstTime);
    }

    public Registration get(UUID eventId, UUID registrationId, Caller caller) {
        return findAccessible(eventId, registrationId, caller);
    }

    void onCancelled(@Observes EventLifecycle.Cancelled cancelled) {
        Event event = cancelled.event();
        registrations.activeOf(event.id()).forEach(registration -> {
            notifications.send(registration.accountId(), NotificationKind.EVENT_CANCELLED, event.title() + " has been cancelled",
                    event.id());
            mails.eventCancelled(registration, event);
        });
    }

    void onRescheduled(@Observes EventLifecycle.Rescheduled rescheduled) {
        Event event = rescheduled.event();
        registrations.activeOf(event.id()).forEach(registration -> mails.eventChanged(registration, event));
    }

    void onCompleted(@Observes EventLifecycle.Completed completed) {
        registrations.markNoShows(completed.event().id(), clock.instant());
        attendance.fire(new AttendanceChanged(completed.event().id()));
    }

    void onSeatsChanged(@Observes EventLifecycle.SeatsChanged seats) {
        promoteWhileSeatsFree(seats.event(), clock.instant());
        attendance.fire(new AttendanceChanged(seats.event().id()));
    }

    private Registration place(Event event, UUID attendeeId, Instant now) {
        if (event.takeSeat()) {
            return Registration.seated(event.id(), attendeeId, newTicketCode(event), now);
        }
        event.joinWaitlist();
        return Registration.waitlisted(event.id(), attendeeId, newTicketCode(event), registrations.nextWaitlistPosition(), now);
    }

    /** Under the event's lock (every caller holds it), so two registrations cannot draw the same free code. */
    private String newTicketCode(Event event) {
        return ShortCodes.unusedCode(code -> registrations.ticketCodeTaken(event.id(), code));
    }

    private Registration renew(Registration cancelled, Event event, Instant now) {
        if (event.takeSeat()) {
            cancelled.reactivateSeated(newTicketCode(event), now);
        } else {
            event.joinWaitlist();
            cancelled.reactivateWaitlisted(newTicketCode(event), registrations.nextWaitlistPosition(), now);
        }
        return cancelled;
    }

    private void promoteWhileSeatsFree(Event event, Instant now) {
        while (event.hasFreeSeat()) {
            var next = registrations.firstWaitlisted(event.id());
            if (next.isEmpty()) {
                return;
            }
            event.takeSeat();
            event.leaveWaitlist();
            next.get().promote(now);
            registrations.flush();
            notifyPromoted(next.get(), event);
        }
    }

    private void notifyPromoted(Registration registration, Event event) {
        notifications.send(registration.accountId(), NotificationKind.PROMOTED_FROM_WAITLIST,
                "A seat opened up: you are now registered for " + event.title(), event.id());
        mails.promoted(registration, event);
    }

    private Event lockVisibleEvent(UUID eventId, Caller caller) {
        return NotFound.unlessHidden(events.findForUpdate(eventId),
                event -> caller.isOrganizer() || event.isVisibleToAttendees(), "Event");
    }

    private Registration findAccessible(UUID eventId, UUID registrationId, Caller caller) {
        return NotFound.unlessHidden(registrations.findInEvent(eventId, registrationId),
                registration -> caller.isOrganizer() || registration.accountId().equals(caller.id()), "Registration");
    }

    public record Caller(UUID id, boolean isOrganizer) {
    }

    public record Registered(Registration registration, boolean created) {
    }

    public record CheckIn(Registration registration, boolean alreadyCheckedIn) {
    }
}
