package app.rounds.suggestion;

import java.time.Clock;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Tuple;

import app.rounds.introduction.StatusAt;

/**
 * Read-only SQL for suggestions, one statement each. Seats come from the registration feature's {@code seat} view and
 * introductions with their status as of now from {@link StatusAt#INTRODUCTIONS}, so an introduction past its expiry
 * counts as expired here too before the sweep stores it.
 */
@ApplicationScoped
class SuggestionQueries {

    private final EntityManager entityManager;
    private final Clock clock;

    SuggestionQueries(EntityManager entityManager, Clock clock) {
        this.entityManager = entityManager;
        this.clock = clock;
    }

    /** A seated attendee with what scoring and the summary need; profile fields are null when none was written. */
    record SeatRow(UUID accountId, String fullName, List<String> credentials, String specialtyCode, String subspecialtyCode,
                   String practiceName, String city, List<String> wantsReferred, List<String> doesNotTake, List<String> refersOut) {

        boolean hasProfile() {
            return specialtyCode != null;
        }
    }

    List<SeatRow> seatsOf(UUID eventId) {
        List<Tuple> rows = entityManager.createNativeQuery("""
                        SELECT s.account_id, p.full_name, p.credentials, p.specialty_code, p.subspecialty_code,
                               p.practice_name, p.city, p.wants_referred, p.does_not_take, p.refers_out
                        FROM seat s LEFT JOIN attendee_profile p ON p.account_id = s.account_id
                        WHERE s.event_id = :event""", Tuple.class)
                .setParameter("event", eventId)
                .getResultList();
        return rows.stream().map(row -> new SeatRow(row.get("account_id", UUID.class), row.get("full_name", String.class),
                strings(row.get("credentials")), row.get("specialty_code", String.class),
                row.get("subspecialty_code", String.class), row.get("practice_name", String.class),
                row.get("city", String.class), strings(row.get("wants_referred")), strings(row.get("does_not_take")),
                strings(row.get("refers_out")))).toList();
    }

    /** What stands between the viewer and another attendee; strongest first when a pair has several. */
    enum Relation { CONNECTED, DECLINED, PENDING, ACCEPTED }

    /**
     * The viewer's connections (from any event) and introductions at this event that are declined, pending or
     * accepted, keyed by the other account. Served by the connection pair indexes and the introduction party indexes.
     */
    Map<UUID, Relation> relationsOf(UUID eventId, UUID viewerId) {
        List<Tuple> rows = entityManager.createNativeQuery("""
                        SELECT CASE WHEN account_low = :viewer THEN account_high ELSE account_low END AS other,
                               'CONNECTED' AS relation
                        FROM connection WHERE account_low = :viewer OR account_high = :viewer
                        UNION ALL
                        SELECT CASE WHEN party_a_id = :viewer THEN party_b_id ELSE party_a_id END, status
                        FROM %s i
                        WHERE (party_a_id = :viewer OR party_b_id = :viewer) AND event_id = :event
                          AND status IN ('DECLINED', 'PENDING', 'ACCEPTED')""".formatted(StatusAt.INTRODUCTIONS), Tuple.class)
                .setParameter("viewer", viewerId)
                .setParameter("event", eventId)
                .setParameter("now", clock.instant())
                .getResultList();
        Map<UUID, Relation> relations = new HashMap<>();
        for (Tuple row : rows) {
            relations.merge(row.get("other", UUID.class), Relation.valueOf(row.get("relation", String.class)), SuggestionQueries::stronger);
        }
        return relations;
    }

    record PairRelation(UUID low, UUID high, Relation relation) {
    }

    /** The same relations for every pair of the event's seated attendees, each pair with its lower id first. */
    List<PairRelation> relationsAt(UUID eventId) {
        List<Tuple> rows = entityManager.createNativeQuery("""
                        WITH seated AS (SELECT account_id FROM seat WHERE event_id = :event)
                        SELECT c.account_low AS low, c.account_high AS high, 'CONNECTED' AS relation
                        FROM connection c
                        WHERE c.account_low IN (SELECT account_id FROM seated) AND c.account_high IN (SELECT account_id FROM seated)
                        UNION ALL
                        SELECT least(party_a_id, party_b_id), greatest(party_a_id, party_b_id), status
                        FROM %s i
                        WHERE event_id = :event AND status IN ('DECLINED', 'PENDING', 'ACCEPTED')""".formatted(StatusAt.INTRODUCTIONS), Tuple.class)
                .setParameter("event", eventId)
                .setParameter("now", clock.instant())
                .getResultList();
        List<PairRelation> relations = new ArrayList<>(rows.size());
        for (Tuple row : rows) {
            relations.add(new PairRelation(row.get("low", UUID.class), row.get("high", UUID.class),
                    Relation.valueOf(row.get("relation", String.class))));
        }
        return relations;
    }

    static Relation stronger(Relation a, Relation b) {
        return a.ordinal() <= b.ordinal() ? a : b;
    }

    private static List<String> strings(Object array) {
        return array == null ? List.of() : Arrays.asList((String[]) array);
    }
}
