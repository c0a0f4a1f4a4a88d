package app.rounds.suggestion;

import java.time.Clock;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import app.rounds.attendee.ProfileQueries;
import app.rounds.common.persistence.SqlReads;
import app.rounds.connection.ConnectionQueries;
import app.rounds.introduction.StatusAt;

/**
 * Read-only SQL for suggestions, one statement each, over what the owning features publish: seats from the
 * registration feature's {@code seat} view, profiles from {@link ProfileQueries#PROFESSIONAL_FACTS}, connections from
 * {@link ConnectionQueries}, and introductions with their status as of now from {@link StatusAt#INTRODUCTIONS}, so an
 * introduction past its expiry counts as expired here too before the sweep stores it.
 */
@ApplicationScoped
class SuggestionQueries {

    private static final String SEATS = """
            SELECT s.account_id, p.full_name, p.credentials, p.specialty_code, p.subspecialty_code,
                   p.practice_name, p.city, p.wants_referred, p.does_not_take, p.refers_out, p.photo_version
            FROM seat s LEFT JOIN %s p ON p.account_id = s.account_id
            WHERE s.event_id = :event""".formatted(ProfileQueries.PROFESSIONAL_FACTS);
    private static final SqlReads.Columns SEAT_COLUMNS = SqlReads.Columns.of("account_id", UUID.class)
            .text("full_name", "specialty_code", "subspecialty_code", "practice_name", "city", "photo_version")
            .textArrays("credentials", "wants_referred", "does_not_take", "refers_out");
    /** Introductions that stand between two attendees, with their status as of {@code :now}. */
    private static final String STANDING_INTRODUCTIONS = "status IN ('DECLINED', 'PENDING', 'ACCEPTED')";
    private static final String RELATIONS_OF_VIEWER = """
            SELECT c.other, 'CONNECTED' AS relation FROM %s c
            UNION ALL
            SELECT CASE WHEN party_a_id = :viewer THEN party_b_id ELSE party_a_id END, status
            FROM %s i
            WHERE (party_a_id = :viewer OR party_b_id = :viewer) AND event_id = :event AND %s"""
            .formatted(ConnectionQueries.CONNECTED_TO_VIEWER, StatusAt.INTRODUCTIONS, STANDING_INTRODUCTIONS);
    private static final SqlReads.Columns RELATION_COLUMNS = SqlReads.Columns.of("other", UUID.class).text("relation");
    private static final String RELATIONS_AT_EVENT = """
            WITH seated AS (SELECT account_id FROM seat WHERE event_id = :event)
            SELECT c.low, c.high, 'CONNECTED' AS relation FROM %s c
            UNION ALL
            SELECT least(party_a_id, party_b_id), greatest(party_a_id, party_b_id), status
            FROM %s i
            WHERE event_id = :event AND %s"""
            .formatted(ConnectionQueries.pairsAmong("SELECT account_id FROM seated"), StatusAt.INTRODUCTIONS,
                    STANDING_INTRODUCTIONS);
    private static final SqlReads.Columns PAIR_COLUMNS = SqlReads.Columns.of("low", UUID.class).with("high", UUID.class)
            .text("relation");

    private final SqlReads sql;
    private final Clock clock;

    SuggestionQueries(SqlReads sql, Clock clock) {
        this.sql = sql;
        this.clock = clock;
    }

    /** A seated attendee with what scoring and the summary need; profile fields are null when none was written. */
    record SeatRow(UUID accountId, String fullName, List<String> credentials, String specialtyCode, String subspecialtyCode,
                   String practiceName, String city, List<String> wantsReferred, List<String> doesNotTake, List<String> refersOut,
                   String photoVersion) {

        boolean hasProfile() {
            return specialtyCode != null;
        }
    }

    List<SeatRow> seatsOf(UUID eventId) {
        return sql.list(SEATS, SEAT_COLUMNS, Map.of("event", eventId), row -> new SeatRow(row.uuid("account_id"),
                row.text("full_name"), row.texts("credentials"), row.text("specialty_code"), row.text("subspecialty_code"),
                row.text("practice_name"), row.text("city"), row.texts("wants_referred"), row.texts("does_not_take"),
                row.texts("refers_out"), row.text("photo_version")));
    }

    /** What stands between the viewer and another attendee; strongest first when a pair has several. */
    enum Relation { CONNECTED, DECLINED, PENDING, ACCEPTED }

    /**
     * The viewer's connections (from any event) and introductions at this event that are declined, pending or
     * accepted, keyed by the other account. Served by the connection pair indexes and the introduction party indexes.
     */
    Map<UUID, Relation> relationsOf(UUID eventId, UUID viewerId) {
        List<Map.Entry<UUID, Relation>> rows = sql.list(RELATIONS_OF_VIEWER, RELATION_COLUMNS,
                Map.of("viewer", viewerId, "event", eventId, "now", clock.instant()),
                row -> Map.entry(row.uuid("other"), row.enumerated("relation", Relation.class)));
        Map<UUID, Relation> relations = new HashMap<>();
        rows.forEach(row -> relations.merge(row.getKey(), row.getValue(), SuggestionQueries::stronger));
        return relations;
    }

    record PairRelation(UUID low, UUID high, Relation relation) {
    }

    /** The same relations for every pair of the event's seated attendees, each pair with its lower id first. */
    List<PairRelation> relationsAt(UUID eventId) {
        return sql.list(RELATIONS_AT_EVENT, PAIR_COLUMNS, Map.of("event", eventId, "now", clock.instant()),
                row -> new PairRelation(row.uuid("low"), row.uuid("high"), row.enumerated("relation", Relation.class)));
    }

    static Relation stronger(Relation a, Relation b) {
        return a.ordinal() <= b.ordinal() ? a : b;
    }
}
