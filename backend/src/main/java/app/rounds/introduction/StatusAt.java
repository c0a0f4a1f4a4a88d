package app.rounds.introduction;

import java.time.Instant;

/**
 * "A pending introduction past its expiry is expired", said once for every reader: the entity, this feature's
 * queries and other features' plain SQL. The sweep ({@link IntroductionExpiry}) stores EXPIRED later; until it does,
 * each reader applies this rule to the stored status. The queries take the time as the parameter {@code :now}.
 */
public final class StatusAt {

    private static final String PENDING = "app.rounds.introduction.IntroductionStatus.PENDING";

    /**
     * Plain SQL: the introduction table with each row's status as of {@code :now}, for features that read introductions
     * without their entity. Columns: {@code id, event_id, kind, proposed_by, party_a_id, party_b_id, status, created_at, answered_at,
     * met_by_a_at, met_by_b_at}.
     */
    public static final String INTRODUCTIONS = """
            (SELECT id, event_id, kind, proposed_by, party_a_id, party_b_id,
                    CASE WHEN status = 'PENDING' AND expires_at <= :now THEN 'EXPIRED' ELSE status END AS status,
                    created_at, answered_at, met_by_a_at, met_by_b_at
             FROM introduction)""";

    private StatusAt() {
    }

    static IntroductionStatus of(IntroductionStatus stored, Instant expiresAt, Instant now) {
        return stored == IntroductionStatus.PENDING && !now.isBefore(expiresAt) ? IntroductionStatus.EXPIRED : stored;
    }

    /** JPQL: still pending at {@code :now}; {@code path} prefixes the fields ({@code "i."}, or {@code ""} in Panache). */
    static String pending(String path) {
        return "%1$sstatus = %2$s and %1$sexpiresAt > :now".formatted(path, PENDING);
    }

    /** JPQL: stored as pending but past its time at {@code :now}, which is what the sweep marks expired. */
    static String overdue(String path) {
        return "%1$sstatus = %2$s and %1$sexpiresAt <= :now".formatted(path, PENDING);
    }

    /** JPQL: expired at {@code :now}, whether the sweep has stored it yet or not. */
    static String expired(String path) {
        return "(%1$sstatus = app.rounds.introduction.IntroductionStatus.EXPIRED or (%2$s))".formatted(path, overdue(path));
    }
}
