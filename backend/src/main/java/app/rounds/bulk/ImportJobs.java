package app.rounds.bulk;

import java.sql.PreparedStatement;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Tuple;
import jakarta.transaction.Transactional;

import org.hibernate.Session;

/**
 * The import_job and import_job_row tables. A row is pending while its outcome is null; {@link #claimNext} locks one
 * pending row for the caller's transaction, skipping rows other transactions hold, so two instances never import the
 * same row, and the outcome is written in that same transaction.
 */
@ApplicationScoped
class ImportJobs {

    private static final String INSERT_ROW = """
            INSERT INTO import_job_row (job_id, row_number, first_name, last_name, email, outcome, reason, processed_at)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?)""";

    private final EntityManager entityManager;

    ImportJobs(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    /** A row the runner holds: what to import, and for which event and organizer. */
    record PendingRow(UUID jobId, int row, String firstName, String lastName, String email, UUID eventId, String eventTitle,
                      UUID organizerId) {

        String displayName() {
            return (firstName + " " + lastName).strip();
        }
    }

    /** A job's counts, read from its rows. */
    record Progress(UUID id, UUID eventId, int totalRows, long created, long matched, long alreadyRegistered,
                    long waitlisted, long skipped, Instant createdAt, Instant finishedAt) {

        long processed() {
            return created + matched + alreadyRegistered + waitlisted + skipped;
        }
    }

    record ReportRow(int row, String firstName, String lastName, String email, ImportOutcome outcome, boolean accountCreated,
                     String reason, UUID registrationId) {
    }

    @Transactional(Transactional.TxType.MANDATORY)
    UUID create(UUID eventId, UUID organizerId, Instant now) {
        UUID id = UUID.randomUUID();
        entityManager.createNativeQuery("""
                        INSERT INTO import_job (id, event_id, created_by, total_rows, created_at)
                        VALUES (:id, :event, :organizer, 0, :now)""")
                .setParameter("id", id)
                .setParameter("event", eventId)
                .setParameter("organizer", organizerId)
                .setParameter("now", utc(now))
                .executeUpdate();
        return id;
    }

    /** Writes the rows in one batch; a row the file already condemns is written skipped, with its reason. */
    @Transactional(Transactional.TxType.MANDATORY)
    void addRows(UUID jobId, List<ImportFile.ParsedRow> rows, Instant now) {
        entityManager.unwrap(Session.class).doWork(connection -> {
            try (PreparedStatement insert = connection.prepareStatement(INSERT_ROW)) {
                for (ImportFile.ParsedRow row : rows) {
                    boolean skipped = row.problem() != null;
                    insert.setObject(1, jobId);
                    insert.setInt(2, row.row());
                    insert.setString(3, row.firstName());
                    insert.setString(4, row.lastName());
                    insert.setString(5, row.email());
                    insert.setString(6, skipped ? ImportOutcome.SKIPPED.name() : null);
                    insert.setString(7, row.problem());
                    insert.setObject(8, skipped ? utc(now) : null);
                    insert.addBatch();
                }
                insert.executeBatch();
            }
        });
    }

    @Transactional(Transactional.TxType.MANDATORY)
    void setTotal(UUID jobId, int totalRows) {
        entityManager.createNativeQuery("UPDATE import_job SET total_rows = :total WHERE id = :id")
                .setParameter("total", totalRows)
                .setParameter("id", jobId)
                .executeUpdate();
    }

    /** Locks the next pending row of any job until the caller's transaction ends; rows others hold are passed over. */
    @Transactional(Transactional.TxType.MANDATORY)
    Optional<PendingRow> claimNext() {
        @SuppressWarnings("unchecked")
        List<Tuple> rows = entityManager.createNativeQuery("""
                        SELECT r.job_id, r.row_number, r.first_name, r.last_name, r.email, j.event_id, e.title, j.created_by
                        FROM import_job_row r JOIN import_job j ON j.id = r.job_id JOIN event e ON e.id = j.event_id
                        WHERE r.outcome IS NULL
                        ORDER BY r.job_id, r.row_number
                        LIMIT 1
                        FOR UPDATE OF r SKIP LOCKED""", Tuple.class)
                .getResultList();
        return rows.stream().findFirst().map(row -> new PendingRow(row.get("job_id", UUID.class),
                ((Number) row.get("row_number")).intValue(), row.get("first_name", String.class),
                row.get("last_name", String.class), row.get("email", String.class), row.get("event_id", UUID.class),
                row.get("title", String.class), row.get("created_by", UUID.class)));
    }

    /** Records an imported row; a row no longer pending (another transaction decided it) is left as it is. */
    @Transactional(Transactional.TxType.MANDATORY)
    void recordImported(UUID jobId, int row, ImportOutcome outcome, boolean accountCreated, UUID registrationId, Instant now) {
        entityManager.createNativeQuery("""
                        UPDATE import_job_row
                        SET outcome = :outcome, account_created = :created, registration_id = :registration, processed_at = :now
                        WHERE job_id = :job AND row_number = :row AND outcome IS NULL""")
                .setParameter("outcome", outcome.name())
                .setParameter("created", accountCreated)
                .setParameter("registration", registrationId)
                .setParameter("now", utc(now))
                .setParameter("job", jobId)
                .setParameter("row", row)
                .executeUpdate();
    }

    /** Records why a pending row was not imported; a row no longer pending is left as it is. */
    @Transactional(Transactional.TxType.MANDATORY)
    void recordSkipped(UUID jobId, int row, String reason, Instant now) {
        entityManager.createNativeQuery("""
                        UPDATE import_job_row SET outcome = 'SKIPPED', reason = :reason, processed_at = :now
                        WHERE job_id = :job AND row_number = :row AND outcome IS NULL""")
                .setParameter("reason", reason.length() > 300 ? reason.substring(0, 300) : reason)
                .setParameter("now", utc(now))
                .setParameter("job", jobId)
                .setParameter("row", row)
                .executeUpdate();
    }

    @Transactional
    Optional<Progress> progress(UUID jobId) {
        @SuppressWarnings("unchecked")
        List<Tuple> rows = entityManager.createNativeQuery("""
                        SELECT j.id, j.event_id, j.total_rows, j.created_at,
                               count(r.row_number) FILTER (WHERE r.outcome = 'CREATED') AS created,
                               count(r.row_number) FILTER (WHERE r.outcome = 'MATCHED') AS matched,
                               count(r.row_number) FILTER (WHERE r.outcome = 'ALREADY_REGISTERED') AS already_registered,
                               count(r.row_number) FILTER (WHERE r.outcome = 'WAITLISTED') AS waitlisted,
                               count(r.row_number) FILTER (WHERE r.outcome = 'SKIPPED') AS skipped,
                               CASE WHEN bool_and(r.outcome IS NOT NULL) THEN max(r.processed_at) END AS finished_at
                        FROM import_job j LEFT JOIN import_job_row r ON r.job_id = j.id
                        WHERE j.id = :id
                        GROUP BY j.id""", Tuple.class)
                .setParameter("id", jobId)
                .getResultList();
        return rows.stream().findFirst().map(row -> new Progress(row.get("id", UUID.class), row.get("event_id", UUID.class),
                ((Number) row.get("total_rows")).intValue(), count(row, "created"), count(row, "matched"),
                count(row, "already_registered"), count(row, "waitlisted"), count(row, "skipped"),
                instant(row.get("created_at")), instant(row.get("finished_at"))));
    }

    /** A page of the report in row order, after {@code afterRow}; {@code outcome} null for every row. */
    @Transactional
    List<ReportRow> report(UUID jobId, ImportOutcome outcome, int afterRow, int limit) {
        String filter = outcome == null ? "" : outcome == ImportOutcome.PENDING ? " AND outcome IS NULL" : " AND outcome = :outcome";
        var query = entityManager.createNativeQuery("""
                        SELECT row_number, first_name, last_name, email, outcome, account_created, reason, registration_id
                        FROM import_job_row
                        WHERE job_id = :job AND row_number > :after%s
                        ORDER BY row_number
                        LIMIT :limit""".formatted(filter), Tuple.class)
                .setParameter("job", jobId)
                .setParameter("after", afterRow)
                .setParameter("limit", limit);
        if (outcome != null && outcome != ImportOutcome.PENDING) {
            query.setParameter("outcome", outcome.name());
        }
        @SuppressWarnings("unchecked")
        List<Tuple> rows = query.getResultList();
        return rows.stream().map(row -> new ReportRow(((Number) row.get("row_number")).intValue(),
                row.get("first_name", String.class), row.get("last_name", String.class), row.get("email", String.class),
                row.get("outcome") == null ? ImportOutcome.PENDING : ImportOutcome.valueOf(row.get("outcome", String.class)),
                Boolean.TRUE.equals(row.get("account_created")), row.get("reason", String.class),
                row.get("registration_id", UUID.class))).toList();
    }

    private static long count(Tuple row, String column) {
        return ((Number) row.get(column)).longValue();
    }

    private static OffsetDateTime utc(Instant instant) {
        return OffsetDateTime.ofInstant(instant, ZoneOffset.UTC);
    }

    private static Instant instant(Object value) {
        if (value == null) {
            return null;
        }
        if (value instanceof OffsetDateTime offset) {
            return offset.toInstant();
        }
        if (value instanceof java.sql.Timestamp timestamp) {
            return timestamp.toInstant();
        }
        return (Instant) value;
    }
}
