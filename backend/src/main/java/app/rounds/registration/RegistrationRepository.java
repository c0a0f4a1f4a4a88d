package app.rounds.registration;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;

@ApplicationScoped
public class RegistrationRepository implements PanacheRepositoryBase<Registration, UUID> {

    Optional<Registration> findByEventAndAccount(UUID eventId, UUID accountId) {
        return find("eventId = ?1 and accountId = ?2", eventId, accountId).firstResultOptional();
    }

    Optional<Registration> findInEvent(UUID eventId, UUID registrationId) {
        return find("id = ?1 and eventId = ?2", registrationId, eventId).firstResultOptional();
    }

    Optional<Registration> findByTicket(UUID eventId, String ticketToken) {
        return find("ticketToken = ?1 and eventId = ?2", ticketToken, eventId).firstResultOptional();
    }

    Optional<Registration> findByTicketCode(UUID eventId, String ticketCode) {
        return find("ticketCode = ?1 and eventId = ?2", ticketCode, eventId).firstResultOptional();
    }

    boolean ticketCodeTaken(UUID eventId, String ticketCode) {
        return count("ticketCode = ?1 and eventId = ?2", ticketCode, eventId) > 0;
    }

    Optional<Registration> firstWaitlisted(UUID eventId) {
        return find("eventId = ?1 and status = ?2 order by waitlistPosition", eventId, RegistrationStatus.WAITLISTED)
                .firstResultOptional();
    }

    long nextWaitlistPosition() {
        return ((Number) getEntityManager().createNativeQuery("select nextval('waitlist_position_seq')").getSingleResult())
                .longValue();
    }

    List<Registration> activeOf(UUID eventId) {
        return list("eventId = ?1 and status in ?2", eventId,
                List.of(RegistrationStatus.REGISTERED, RegistrationStatus.WAITLISTED, RegistrationStatus.CHECKED_IN));
    }

    int markNoShows(UUID eventId, Instant now) {
        return update("status = ?1, updatedAt = ?2 where eventId = ?3 and status = ?4",
                RegistrationStatus.NO_SHOW, now, eventId, RegistrationStatus.REGISTERED);
    }

    /** Holds a seat (registered or checked in) at the event. */
    public boolean attends(UUID eventId, UUID accountId) {
        return count("eventId = ?1 and accountId = ?2 and status in ?3", eventId, accountId,
                RegistrationStatus.SEATED) > 0;
    }

    /**
     * The attendee's seat at the event, locked until the transaction ends, so that decisions about one attendee at
     * one event (such as their open introduction requests) are taken one at a time; empty when they hold no seat.
     */
    public Optional<Registration> lockSeat(UUID eventId, UUID accountId) {
        return find("eventId = ?1 and accountId = ?2 and status in ?3", eventId, accountId, RegistrationStatus.SEATED)
                .withLock(LockModeType.PESSIMISTIC_WRITE)
                .firstResultOptional();
    }
}
