package app.rounds.connection;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Tuple;

/** The connections made at one event, counted for the organizer's dashboard in SQL aggregates. */
@ApplicationScoped
public class ConnectionFigures {

    private final EntityManager entityManager;

    ConnectionFigures(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    /**
     * Connections made at the event by origin (every origin present, zero when none), and how many of the event's
     * seated attendees are a party to at least one of them.
     */
    public record Made(Map<ConnectionOrigin, Long> byOrigin, long attendees, long attendeesConnected) {
    }

    /** Connections made at the event between one specialty and another, the lower code first; no profile, no pair. */
    public record SpecialtyPair(String specialtyA, String specialtyB, long connections) {
    }

    public Made madeAt(UUID eventId) {
        Tuple row = (Tuple) entityManager.createNativeQuery("""
                        SELECT count(*) FILTER (WHERE origin = 'INTRODUCTION') AS by_introduction,
                               count(*) FILTER (WHERE origin = 'SCAN') AS by_scan,
                               (SELECT count(*) FROM seat s WHERE s.event_id = :event) AS attendees,
                               (SELECT count(*) FROM seat s WHERE s.event_id = :event AND s.account_id IN (
                                    SELECT m.account_low FROM connection m WHERE m.event_id = :event
                                    UNION SELECT m.account_high FROM connection m WHERE m.event_id = :event)) AS connected
                        FROM connection c WHERE c.event_id = :event""", Tuple.class)
                .setParameter("event", eventId)
                .getSingleResult();
        Map<ConnectionOrigin, Long> byOrigin = new EnumMap<>(ConnectionOrigin.class);
        byOrigin.put(ConnectionOrigin.INTRODUCTION, count(row, "by_introduction"));
        byOrigin.put(ConnectionOrigin.SCAN, count(row, "by_scan"));
        return new Made(byOrigin, count(row, "attendees"), count(row, "connected"));
    }

    public List<SpecialtyPair> bySpecialtyPair(UUID eventId) {
        List<Tuple> rows = entityManager.createNativeQuery("""
                        SELECT least(pl.specialty_code, ph.specialty_code) AS specialty_a,
                               greatest(pl.specialty_code, ph.specialty_code) AS specialty_b, count(*) AS connections
                        FROM connection c
                        JOIN attendee_profile pl ON pl.account_id = c.account_low
                        JOIN attendee_profile ph ON ph.account_id = c.account_high
                        WHERE c.event_id = :event
                        GROUP BY specialty_a, specialty_b
                        ORDER BY connections DESC, specialty_a, specialty_b""", Tuple.class)
                .setParameter("event", eventId)
                .getResultList();
        return rows.stream().map(row -> new SpecialtyPair(row.get("specialty_a", String.class),
                row.get("specialty_b", String.class), count(row, "connections"))).toList();
    }

    /** Connections made at each of these events; events with none are absent. */
    public Map<UUID, Long> countsAt(List<UUID> eventIds) {
        if (eventIds.isEmpty()) {
            return Map.of();
        }
        List<Tuple> rows = entityManager.createNativeQuery("""
                        SELECT event_id, count(*) AS connections FROM connection
                        WHERE event_id IN (:events) GROUP BY event_id""", Tuple.class)
                .setParameter("events", eventIds)
                .getResultList();
        return rows.stream().collect(java.util.stream.Collectors.toMap(row -> (UUID) row.get("event_id"),
                row -> count(row, "connections")));
    }

    private static long count(Tuple row, String column) {
        return ((Number) row.get(column)).longValue();
    }
}
