package app.rounds.referral;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Tuple;

/** Referral reports on the connections made at one event, counted per month for the organizer; never their detail. */
@ApplicationScoped
public class ReferralFigures {

    private final EntityManager entityManager;

    ReferralFigures(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    /**
     * One calendar month's reports; {@code monthsAfter} is 0 for the month the event started in (its own time zone).
     * Reports naming a month before the event's are left out.
     */
    public record Month(YearMonth month, int monthsAfter, long reports, long referralsSent, long referralsReceived) {
    }

    public List<Month> byMonthAfter(UUID eventId) {
        List<Tuple> rows = entityManager.createNativeQuery("""
                        WITH event_month AS (
                            SELECT CAST(date_trunc('month', e.starts_at AT TIME ZONE e.time_zone) AS date) AS first_day
                            FROM event e WHERE e.id = :event)
                        SELECT r.month AS month,
                               CAST((extract(year FROM r.month) - extract(year FROM m.first_day)) * 12
                                    + extract(month FROM r.month) - extract(month FROM m.first_day) AS int) AS months_after,
                               count(*) AS reports,
                               coalesce(sum(r.referral_count) FILTER (WHERE r.direction = 'SENT'), 0) AS sent,
                               coalesce(sum(r.referral_count) FILTER (WHERE r.direction = 'RECEIVED'), 0) AS received
                        FROM connection c
                        JOIN referral_report r ON r.connection_id = c.id
                        CROSS JOIN event_month m
                        WHERE c.event_id = :event AND r.month >= m.first_day
                        GROUP BY r.month, m.first_day
                        ORDER BY r.month""", Tuple.class)
                .setParameter("event", eventId)
                .getResultList();
        return rows.stream().map(row -> new Month(YearMonth.from(date(row.get("month"))),
                ((Number) row.get("months_after")).intValue(), number(row.get("reports")), number(row.get("sent")),
                number(row.get("received")))).toList();
    }

    /** Per event, the referrals (sent and received) reported on connections made there; events with none are absent. */
    public java.util.Map<UUID, Long> referralsAt(List<UUID> eventIds) {
        if (eventIds.isEmpty()) {
            return java.util.Map.of();
        }
        List<Tuple> rows = entityManager.createNativeQuery("""
                        SELECT c.event_id, sum(r.referral_count) AS referrals
                        FROM connection c JOIN referral_report r ON r.connection_id = c.id
                        WHERE c.event_id IN (:events)
                        GROUP BY c.event_id""", Tuple.class)
                .setParameter("events", eventIds)
                .getResultList();
        java.util.Map<UUID, Long> referrals = new java.util.HashMap<>();
        rows.forEach(row -> referrals.put((UUID) row.get("event_id"), number(row.get("referrals"))));
        return referrals;
    }

    private static LocalDate date(Object value) {
        return value instanceof java.sql.Date sqlDate ? sqlDate.toLocalDate() : (LocalDate) value;
    }

    private static long number(Object value) {
        return ((Number) value).longValue();
    }
}
