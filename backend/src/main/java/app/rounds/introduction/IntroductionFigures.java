package app.rounds.introduction;

import java.time.Instant;
import java.util.Map;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Tuple;

import app.rounds.common.persistence.SqlReads;
import app.rounds.event.Event;

/**
 * One event's introduction funnel for the organizer's dashboard, in one SQL aggregate over the statuses as of now
 * ({@link StatusAt#INTRODUCTIONS}), so an unanswered introduction past its time counts as expired before the sweep.
 */
@ApplicationScoped
public class IntroductionFigures {

    private static final SqlReads.Columns NEXT_EXPIRY = SqlReads.Columns.of("next_expiry", Instant.class);

    private final EntityManager entityManager;
    private final SqlReads reads;

    IntroductionFigures(EntityManager entityManager, SqlReads reads) {
        this.entityManager = entityManager;
        this.reads = reads;
    }

    /**
     * The next instant after {@code now} at which a pending introduction at the event expires, so that the funnel
     * counted at {@code now} holds until then unless something is written; null when none is pending.
     */
    public Instant nextExpiry(UUID eventId, Instant now) {
        return reads.list("""
                        SELECT min(expires_at) AS next_expiry FROM introduction
                        WHERE event_id = :event AND status = 'PENDING' AND expires_at > :now""",
                NEXT_EXPIRY, Map.of("event", eventId, "now", now), row -> row.instant("next_expiry")).get(0);
    }

    /**
     * Counts by status as of now, how many of the accepted ones a party marked as met, how many were brokered, and the
     * median seconds from proposal to the deciding answer (null when none was answered); and how much of the request
     * allowance the seated attendees used: each one's own requests counted up to the event's open-request limit (the
     * cap {@link IntroductionService#allowance} reports), against seated attendees times that limit.
     */
    public record Funnel(long requested, long pending, long accepted, long declined, long withdrawn, long expired,
                         long met, long brokered, long selfRequested, Double medianSecondsToAnswer,
                         int openRequestLimit, long allowanceUsed, long allowance) {
    }

    public Funnel of(Event event, Instant now) {
        int limit = IntroductionService.openRequestLimit(event);
        Tuple row = (Tuple) entityManager.createNativeQuery("""
                        SELECT count(*) AS requested,
                               count(*) FILTER (WHERE status = 'PENDING') AS pending,
                               count(*) FILTER (WHERE status = 'ACCEPTED') AS accepted,
                               count(*) FILTER (WHERE status = 'DECLINED') AS declined,
                               count(*) FILTER (WHERE status = 'WITHDRAWN') AS withdrawn,
                               count(*) FILTER (WHERE status = 'EXPIRED') AS expired,
                               count(*) FILTER (WHERE status = 'ACCEPTED'
                                   AND (met_by_a_at IS NOT NULL OR met_by_b_at IS NOT NULL)) AS met,
                               count(*) FILTER (WHERE kind = 'BROKERED') AS brokered,
                               count(*) FILTER (WHERE kind = 'REQUEST') AS self_requested,
                               percentile_cont(0.5) WITHIN GROUP (ORDER BY extract(epoch FROM answered_at - created_at))
                                   FILTER (WHERE status IN ('ACCEPTED', 'DECLINED') AND answered_at IS NOT NULL) AS median_answer,
                               (SELECT coalesce(sum(least(asked.requests, :limit)), 0) FROM (
                                    SELECT count(*) AS requests FROM introduction q
                                    JOIN seat s ON s.event_id = q.event_id AND s.account_id = q.proposed_by
                                    WHERE q.event_id = :event AND q.kind = 'REQUEST'
                                    GROUP BY q.proposed_by) asked) AS allowance_used,
                               (SELECT count(*) FROM seat s WHERE s.event_id = :event) AS seated
                        FROM %s i
                        WHERE event_id = :event""".formatted(StatusAt.INTRODUCTIONS), Tuple.class)
                .setParameter("event", event.id())
                .setParameter("now", now)
                .setParameter("limit", limit)
                .getSingleResult();
        Number median = (Number) row.get("median_answer");
        return new Funnel(count(row, "requested"), count(row, "pending"), count(row, "accepted"), count(row, "declined"),
                count(row, "withdrawn"), count(row, "expired"), count(row, "met"), count(row, "brokered"),
                count(row, "self_requested"), median == null ? null : median.doubleValue(),
                limit, count(row, "allowance_used"), count(row, "seated") * limit);
    }

    private static long count(Tuple row, String column) {
        return ((Number) row.get(column)).longValue();
    }
}
