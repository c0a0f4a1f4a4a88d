package app.rounds.support;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import io.quarkus.narayana.jta.QuarkusTransaction;

/**
 * Events and registrations written straight into the tables of changeset 0002, for tests of features that only
 * read them (who shares an event with whom). Bypasses the event and registration rules on purpose; a test of those
 * rules goes through the API ({@link Events}) instead.
 */
@ApplicationScoped
public class EventFixtures {

    @Inject
    EntityManager entityManager;

    /** A published event a week ahead, created by the given organizer. */
    public UUID event(UUID organizerId) {
        UUID id = UUID.randomUUID();
        OffsetDateTime start = OffsetDateTime.now(ZoneOffset.UTC).plusDays(7).withNano(0);
        QuarkusTransaction.requiringNew().run(() -> entityManager.createNativeQuery("""
                        INSERT INTO event (id, title, description, city, venue_name, venue_address, time_zone, starts_at,
                                           ends_at, capacity, registration_opens_at, registration_closes_at, status,
                                           created_by, created_at, updated_at)
                        VALUES (:id, 'Fixture evening', 'Written by EventFixtures', 'Baltimore', 'Harbor Room',
                                '100 Light St, Baltimore, MD', 'America/New_York', :startsAt, :endsAt, 200, :now,
                                :startsAt, 'PUBLISHED', :organizer, :now, :now)
                        """)
                .setParameter("id", id)
                .setParameter("startsAt", start)
                .setParameter("endsAt", start.plusHours(3))
                .setParameter("now", OffsetDateTime.now(ZoneOffset.UTC))
                .setParameter("organizer", organizerId)
                .executeUpdate());
        return id;
    }

    /** A registration of the account at the event, in the given status (REGISTERED, WAITLISTED, CHECKED_IN, ...). */
    public UUID register(UUID eventId, UUID accountId, String status) {
        UUID id = UUID.randomUUID();
        String checkedInAt = "CHECKED_IN".equals(status) ? ":now" : "NULL";
        QuarkusTransaction.requiringNew().run(() -> entityManager.createNativeQuery("""
                        INSERT INTO registration (id, event_id, account_id, status, waitlist_position, ticket_token,
                                                  created_at, updated_at, checked_in_at)
                        VALUES (:id, :event, :account, :status, NULL, :ticket, :now, :now, %s)
                        """.formatted(checkedInAt))
                .setParameter("id", id)
                .setParameter("event", eventId)
                .setParameter("account", accountId)
                .setParameter("status", status)
                .setParameter("ticket", UUID.randomUUID().toString().replace("-", ""))
                .setParameter("now", OffsetDateTime.now(ZoneOffset.UTC))
                .executeUpdate());
        return id;
    }

    public UUID register(UUID eventId, UUID accountId) {
        return register(eventId, accountId, "REGISTERED");
    }
}
