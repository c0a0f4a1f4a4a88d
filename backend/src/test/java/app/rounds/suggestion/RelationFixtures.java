package app.rounds.suggestion;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import io.quarkus.narayana.jta.QuarkusTransaction;

/**
 * Connections and introductions written straight into the tables of changeset 0005: suggestions only read them, and
 * the introductions feature that writes them through its rules is built separately.
 */
@ApplicationScoped
public class RelationFixtures {

    @Inject
    EntityManager entityManager;

    public void connect(UUID eventId, UUID one, UUID other) {
        QuarkusTransaction.requiringNew().run(() -> entityManager.createNativeQuery("""
                        INSERT INTO connection (id, account_low, account_high, origin, event_id, low_cell_consent,
                                                high_cell_consent, created_at, updated_at)
                        VALUES (:id, least(:one, :other), greatest(:one, :other), 'SCAN', :event, 'UNDECIDED', 'UNDECIDED', :now, :now)
                        """)
                .setParameter("id", UUID.randomUUID())
                .setParameter("one", one)
                .setParameter("other", other)
                .setParameter("event", eventId)
                .setParameter("now", OffsetDateTime.now(ZoneOffset.UTC))
                .executeUpdate());
    }

    /** An introduction requested by {@code requester}, in the given status (PENDING, DECLINED, ...). */
    public void introduction(UUID eventId, UUID requester, UUID recipient, String status) {
        introduction(eventId, requester, recipient, status, OffsetDateTime.now(ZoneOffset.UTC).plusDays(30));
    }

    /** An introduction as above that expires (or expired) at {@code expires}; the sweep has not run on it. */
    public void introduction(UUID eventId, UUID requester, UUID recipient, String status, OffsetDateTime expires) {
        QuarkusTransaction.requiringNew().run(() -> entityManager.createNativeQuery("""
                        INSERT INTO introduction (id, event_id, kind, proposed_by, party_a_id, party_b_id, reason, status,
                                                  expires_at, created_at, updated_at)
                        VALUES (:id, :event, 'REQUEST', :requester, :requester, :recipient, 'Fixture', :status,
                                :expires, :now, :now)
                        """)
                .setParameter("id", UUID.randomUUID())
                .setParameter("event", eventId)
                .setParameter("requester", requester)
                .setParameter("recipient", recipient)
                .setParameter("status", status)
                .setParameter("expires", expires)
                .setParameter("now", OffsetDateTime.now(ZoneOffset.UTC))
                .executeUpdate());
    }
}
