package app.rounds.attendee;

import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Tuple;

/** How many of an event's seated attendees practise each specialty, in one SQL aggregate. */
@ApplicationScoped
public class SpecialtyMix {

    private final EntityManager entityManager;

    SpecialtyMix(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    /** A specialty's seated attendees; {@code specialtyCode} is null for those who have not written a profile. */
    public record Share(String specialtyCode, long attendees) {
    }

    public List<Share> seatedAt(UUID eventId) {
        List<Tuple> rows = entityManager.createNativeQuery("""
                        SELECT p.specialty_code, count(*) AS attendees
                        FROM seat s LEFT JOIN attendee_profile p ON p.account_id = s.account_id
                        WHERE s.event_id = :event
                        GROUP BY p.specialty_code
                        ORDER BY attendees DESC, p.specialty_code""", Tuple.class)
                .setParameter("event", eventId)
                .getResultList();
        return rows.stream().map(row -> new Share(row.get("specialty_code", String.class),
                ((Number) row.get("attendees")).longValue())).toList();
    }
}
