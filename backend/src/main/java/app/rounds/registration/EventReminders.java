package app.rounds.registration;

import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import app.rounds.event.Event;
import app.rounds.event.EventRepository;
import io.quarkus.scheduler.Scheduled;

/**
 * The reminder the day before an event, to everyone holding a seat. Due from 09:00 on the day before in the event's
 * time zone until the event starts (a seat taken later that day still gets it). Every instance runs the job; a
 * transaction-scoped advisory lock lets one of them do it at a time, and the outbox's unique key makes each
 * registration's reminder one mail however often the job meets it.
 */
@ApplicationScoped
public class EventReminders {

    /** An arbitrary constant naming this job's advisory lock across instances. */
    private static final long LOCK_KEY = 0x526f756e64730001L;
    private static final String DUE = """
            SELECT r.id FROM registration r JOIN event e ON e.id = r.event_id
            WHERE e.status = 'PUBLISHED' AND r.status = 'REGISTERED' AND e.starts_at > now()
              AND ((date_trunc('day', e.starts_at AT TIME ZONE e.time_zone) - interval '15 hours') AT TIME ZONE e.time_zone) <= now()
            """;

    private final EntityManager entityManager;
    private final RegistrationRepository registrations;
    private final EventRepository events;
    private final RegistrationMails mails;

    EventReminders(EntityManager entityManager, RegistrationRepository registrations, EventRepository events, RegistrationMails mails) {
        this.entityManager = entityManager;
        this.registrations = registrations;
        this.events = events;
        this.mails = mails;
    }

    @Scheduled(identity = "event-reminders", every = "${rounds.mail.event-reminders.every}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void scheduled() {
        enqueueDue();
    }

    /** Enqueues the reminders now due; returns how many registrations it looked at, or -1 when another instance is at it. */
    @Transactional
    public int enqueueDue() {
        boolean mine = (Boolean) entityManager.createNativeQuery("SELECT pg_try_advisory_xact_lock(:key)")
                .setParameter("key", LOCK_KEY).getSingleResult();
        if (!mine) {
            return -1;
        }
        @SuppressWarnings("unchecked")
        List<UUID> due = entityManager.createNativeQuery(DUE, UUID.class).getResultList();
        for (UUID registrationId : due) {
            Registration registration = registrations.findById(registrationId);
            Event event = events.findById(registration.eventId());
            mails.eventTomorrow(registration, event);
        }
        return due.size();
    }
}
