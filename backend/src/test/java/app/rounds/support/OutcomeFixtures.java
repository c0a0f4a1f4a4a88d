package app.rounds.support;

import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import io.quarkus.narayana.jta.QuarkusTransaction;

/**
 * What an event produced, written straight into the tables (an ended event, registrations in every status,
 * introductions in every state, connections, notes, follow-up tasks, referral reports), for tests of the readers that
 * count them. Bypasses every rule on purpose: the dashboard must count what is stored, whatever path stored it.
 */
@ApplicationScoped
public class OutcomeFixtures {

    @Inject
    EntityManager entityManager;

    /** A completed-looking event in UTC that started at {@code startsAt} and lasted three hours. */
    public UUID endedEvent(UUID organizerId, Instant startsAt, int capacity) {
        UUID id = UUID.randomUUID();
        run("""
                INSERT INTO event (id, title, description, city, venue_name, venue_address, time_zone, starts_at,
                                   ends_at, capacity, registration_opens_at, registration_closes_at, status,
                                   created_by, created_at, updated_at)
                VALUES (:id, 'Outcome evening', 'Written by OutcomeFixtures', 'Boston', 'Back Bay Hall',
                        '1 Boylston St, Boston, MA', 'UTC', :startsAt, :endsAt, :capacity, :opens, :startsAt,
                        'PUBLISHED', :organizer, :opens, :opens)
                """, Map.of("id", id, "startsAt", startsAt, "endsAt", startsAt.plus(3, ChronoUnit.HOURS),
                "capacity", capacity, "opens", startsAt.minus(30, ChronoUnit.DAYS), "organizer", organizerId));
        return id;
    }

    /** Moves the event to another city, so a test can narrow cross-event figures to its own events. */
    public void moveTo(UUID eventId, String city) {
        run("UPDATE event SET city = :city WHERE id = :id", Map.of("id", eventId, "city", city));
    }

    /** Sets the event's cap on a requester's open introduction requests. */
    public void limitOpenRequests(UUID eventId, int limit) {
        run("UPDATE event SET open_request_limit = :limit WHERE id = :id", Map.of("id", eventId, "limit", limit));
    }

    /** A registration in the given status; {@code checkedInAt} only for CHECKED_IN. */
    public void register(UUID eventId, UUID accountId, String status, Instant checkedInAt) {
        run("""
                INSERT INTO registration (id, event_id, account_id, status, waitlist_position, ticket_token,
                                          created_at, updated_at, checked_in_at)
                VALUES (:id, :event, :account, :status, NULL, :ticket, now(), now(), %s)
                """.formatted(checkedInAt == null ? "NULL" : ":checkedInAt"), with(Map.of("id", UUID.randomUUID(),
                "event", eventId, "account", accountId, "status", status,
                "ticket", UUID.randomUUID().toString().replace("-", "")), "checkedInAt", checkedInAt));
    }

    /**
     * An introduction stored in {@code status}, proposed at {@code createdAt}; {@code answeredAfterSeconds} sets the
     * deciding answer's time, {@code metByA} whether party A marked it met.
     */
    public UUID introduction(UUID eventId, String kind, UUID proposedBy, UUID partyA, UUID partyB, String reason,
                             String status, Instant createdAt, Instant expiresAt, Long answeredAfterSeconds, boolean metByA) {
        UUID id = UUID.randomUUID();
        Instant answeredAt = answeredAfterSeconds == null ? null : createdAt.plusSeconds(answeredAfterSeconds);
        run("""
                INSERT INTO introduction (id, event_id, kind, proposed_by, party_a_id, party_b_id, reason, status,
                                          party_a_answer, party_b_answer, answer_message, expires_at, answered_at,
                                          met_by_a_at, created_at, updated_at)
                VALUES (:id, :event, :kind, :proposedBy, :partyA, :partyB, :reason, :status, NULL, NULL,
                        :answerMessage, :expiresAt, %s, %s, :createdAt, :createdAt)
                """.formatted(answeredAt == null ? "NULL" : ":answeredAt", metByA ? ":answeredAt" : "NULL"),
                with(with(Map.of("id", id, "event", eventId, "kind", kind, "proposedBy", proposedBy, "partyA", partyA,
                        "partyB", partyB, "reason", reason, "status", status, "answerMessage", reason + " (answer)",
                        "expiresAt", expiresAt), "createdAt", createdAt), "answeredAt", answeredAt));
        return id;
    }

    /** A connection made at the event; {@code introductionId} null for a scan. */
    public UUID connection(UUID eventId, UUID one, UUID other, UUID introductionId) {
        UUID id = UUID.randomUUID();
        run("""
                INSERT INTO connection (id, account_low, account_high, origin, event_id, introduction_id,
                                        low_cell_consent, high_cell_consent, created_at, updated_at)
                VALUES (:id, least(:one, :other), greatest(:one, :other), :origin, :event, %s, 'UNDECIDED', 'UNDECIDED',
                        now(), now())
                """.formatted(introductionId == null ? "NULL" : ":introduction"),
                with(Map.of("id", id, "one", one, "other", other, "origin", introductionId == null ? "SCAN" : "INTRODUCTION",
                        "event", eventId), "introduction", introductionId));
        return id;
    }

    public void note(UUID connectionId, UUID authorId, String body) {
        run("""
                INSERT INTO connection_note (id, connection_id, author_id, body, created_at, updated_at)
                VALUES (:id, :connection, :author, :body, now(), now())
                """, Map.of("id", UUID.randomUUID(), "connection", connectionId, "author", authorId, "body", body));
    }

    /** A follow-up task, its id; {@code closedAt} for DONE or SKIPPED, {@code removed} leaves it as a tombstone. */
    public UUID task(UUID eventId, UUID connectionId, UUID owner, UUID counterpart, String kind, String title,
                     Instant dueAt, String status, Instant closedAt, boolean removed) {
        UUID id = UUID.randomUUID();
        run("""
                INSERT INTO follow_up_task (id, owner_id, connection_id, counterpart_id, event_id, kind, title, due_at,
                                            status, closed_at, removed_at, created_at, updated_at)
                VALUES (:id, :owner, :connection, :counterpart, :event, :kind, %s, :dueAt, :status, %s, %s, now(), now())
                """.formatted(title == null ? "NULL" : ":title", closedAt == null ? "NULL" : ":closedAt",
                removed ? "now()" : "NULL"),
                with(with(Map.of("id", id, "owner", owner, "connection", connectionId,
                        "counterpart", counterpart, "event", eventId, "kind", kind, "dueAt", dueAt, "status", status),
                        "title", title), "closedAt", closedAt));
        return id;
    }

    public void referralReport(UUID connectionId, UUID authorId, LocalDate firstOfMonth, int count, String direction,
                               String procedureTag) {
        run("""
                INSERT INTO referral_report (id, author_id, connection_id, month, referral_count, direction,
                                             procedure_tag, created_at)
                VALUES (:id, :author, :connection, :month, :count, :direction, %s, now())
                """.formatted(procedureTag == null ? "NULL" : ":tag"), with(Map.of("id", UUID.randomUUID(),
                "author", authorId, "connection", connectionId, "month", firstOfMonth, "count", count,
                "direction", direction), "tag", procedureTag));
    }

    /** Any other change, straight to the tables, for tests that a reader notices it. */
    public void change(String sql, Map<String, ?> parameters) {
        run(sql, parameters);
    }

    private static Map<String, Object> with(Map<String, Object> parameters, String name, Object value) {
        if (value == null) {
            return parameters;
        }
        Map<String, Object> all = new java.util.HashMap<>(parameters);
        all.put(name, value);
        return all;
    }

    private void run(String sql, Map<String, ?> parameters) {
        QuarkusTransaction.requiringNew().run(() -> {
            var query = entityManager.createNativeQuery(sql);
            parameters.forEach(query::setParameter);
            query.executeUpdate();
        });
    }
}
