package app.rounds.dashboard;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import app.rounds.common.persistence.SqlReads;

/**
 * One event's figures as last computed, kept in the database so that every instance serves the same ones. A write to
 * anything the figures count bumps the event's figures version in its own transaction (triggers of changeset 0170),
 * a change of anyone's specialty bumps the profiles version; kept figures are served only while both still match and
 * before they turn by time alone. Never stale: a computation is labelled with the versions read before it started, so
 * a write committed while it ran leaves the label behind and the next read computes afresh.
 */
@ApplicationScoped
class DashboardSnapshots {

    /** The versions of what an event's figures count, read before computing them. */
    record Versions(long event, long profiles) {
    }

    private static final String VERSIONS = """
            SELECT coalesce((SELECT version FROM event_figures_version WHERE event_id = :event), 0) AS event_version,
                   (SELECT version FROM profile_figures_version) AS profiles_version""";
    private static final SqlReads.Columns VERSION_COLUMNS = SqlReads.Columns.of("event_version", Long.class)
            .with("profiles_version", Long.class);

    private static final String VALID = """
            SELECT s.figures::text AS figures
            FROM dashboard_snapshot s CROSS JOIN profile_figures_version p
            LEFT JOIN event_figures_version v ON v.event_id = s.event_id
            WHERE s.event_id = :event AND s.event_version = coalesce(v.version, 0) AND s.profiles_version = p.version
              AND (s.valid_until IS NULL OR s.valid_until > :now)""";
    private static final SqlReads.Columns FIGURES_COLUMNS = SqlReads.Columns.of("figures", String.class);

    private final SqlReads reads;
    private final EntityManager entityManager;
    private final ObjectMapper json;

    DashboardSnapshots(SqlReads reads, EntityManager entityManager, ObjectMapper json) {
        this.reads = reads;
        this.entityManager = entityManager;
        this.json = json;
    }

    /** The kept figures, if nothing they count has changed since and none has turned by time by {@code now}. */
    Optional<EventFigures> valid(UUID eventId, Instant now) {
        List<String> kept = reads.list(VALID, FIGURES_COLUMNS, Map.of("event", eventId, "now", now),
                row -> row.text("figures"));
        return kept.stream().findFirst().map(this::parse);
    }

    Versions versions(UUID eventId) {
        return reads.list(VERSIONS, VERSION_COLUMNS, Map.of("event", eventId),
                row -> new Versions(row.get("event_version", Long.class), row.get("profiles_version", Long.class))).get(0);
    }

    /** Keeps figures computed at {@code computedAt} after reading {@code versions}, to serve until {@code validUntil}. */
    void keep(UUID eventId, Versions versions, Instant computedAt, Instant validUntil, EventFigures figures) {
        entityManager.createNativeQuery("""
                        INSERT INTO dashboard_snapshot AS s
                            (event_id, event_version, profiles_version, computed_at, valid_until, figures)
                        VALUES (:event, :eventVersion, :profilesVersion, :computedAt, :validUntil, CAST(:figures AS jsonb))
                        ON CONFLICT (event_id) DO UPDATE SET event_version = EXCLUDED.event_version,
                            profiles_version = EXCLUDED.profiles_version, computed_at = EXCLUDED.computed_at,
                            valid_until = EXCLUDED.valid_until, figures = EXCLUDED.figures
                        WHERE s.computed_at <= EXCLUDED.computed_at""")
                .setParameter("event", eventId)
                .setParameter("eventVersion", versions.event())
                .setParameter("profilesVersion", versions.profiles())
                .setParameter("computedAt", computedAt)
                .setParameter("validUntil", validUntil)
                .setParameter("figures", write(figures))
                .executeUpdate();
    }

    private EventFigures parse(String figures) {
        try {
            return json.readValue(figures, EventFigures.class);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Kept dashboard figures do not read back", e);
        }
    }

    private String write(EventFigures figures) {
        try {
            return json.writeValueAsString(figures);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Dashboard figures do not serialize", e);
        }
    }
}
