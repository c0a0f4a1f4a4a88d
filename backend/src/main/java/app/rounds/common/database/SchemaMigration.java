package app.rounds.common.database;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;

import javax.sql.DataSource;

import jakarta.annotation.Priority;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Singleton;
import jakarta.interceptor.Interceptor;

import org.jboss.logging.Logger;

import io.quarkus.liquibase.LiquibaseFactory;
import io.quarkus.runtime.StartupEvent;
import liquibase.Liquibase;
import liquibase.exception.LiquibaseException;

/**
 * Brings the schema up to date before anything else runs at start, and leaves Liquibase out when nothing changed.
 * Liquibase's own pass over an unchanged schema costs more than a second (it parses every changelog file, takes its
 * lock and reads its history); the digest of the changelog files, kept in the database beside the schema it produced,
 * answers "anything new?" with one query.
 *
 * <p>Instances that start together take turns through an advisory lock. Liquibase's lock table cannot do that on a
 * brand-new database, where it does not exist yet and both instances would run the first changesets.
 */
@Singleton
public class SchemaMigration {

    public enum Outcome { UNCHANGED, MIGRATED }

    private static final Logger LOG = Logger.getLogger(SchemaMigration.class);
    private static final String LOCK = "schema-migration";

    private final DataSource dataSource;
    private final LiquibaseFactory liquibaseFactory;

    SchemaMigration(DataSource dataSource, LiquibaseFactory liquibaseFactory) {
        this.dataSource = dataSource;
        this.liquibaseFactory = liquibaseFactory;
    }

    // Before the scheduler (priority 0) and every other start-up observer: all of them may touch the schema.
    void onStart(@Observes @Priority(Interceptor.Priority.PLATFORM_BEFORE - 1) StartupEvent start) {
        migrate();
    }

    public Outcome migrate() {
        long started = System.nanoTime();
        String digest = ChangelogDigest.of(liquibaseFactory.getConfiguration().changeLog);
        try (Connection connection = dataSource.getConnection()) {
            if (digest.equals(storedDigest(connection))) {
                LOG.infof("Schema up to date, Liquibase left out (checked in %d ms)", millisSince(started));
                return Outcome.UNCHANGED;
            }
            advisoryLock(connection, "pg_advisory_lock");
            try {
                if (digest.equals(storedDigest(connection))) {
                    return Outcome.UNCHANGED; // another instance migrated while this one waited
                }
                try (Liquibase liquibase = liquibaseFactory.createLiquibase()) {
                    liquibase.update(liquibaseFactory.createContexts(), liquibaseFactory.createLabels());
                }
                storeDigest(connection, digest);
                LOG.infof("Schema migrated in %d ms", millisSince(started));
                return Outcome.MIGRATED;
            } finally {
                advisoryLock(connection, "pg_advisory_unlock");
            }
        } catch (SQLException | LiquibaseException e) {
            throw new IllegalStateException("The database schema could not be brought up to date", e);
        } catch (Exception e) {
            throw new IllegalStateException("Liquibase could not be closed after migrating", e);
        }
    }

    private static long millisSince(long nanoTime) {
        return (System.nanoTime() - nanoTime) / 1_000_000;
    }

    /** The digest the last migration stored, or null before the first one (no table yet). */
    private static String storedDigest(Connection connection) throws SQLException {
        if (!schemaDigestTableExists(connection)) {
            return null;
        }
        try (PreparedStatement select = connection.prepareStatement(
                "select digest from schema_digest where changelog = 'main'");
             ResultSet row = select.executeQuery()) {
            return row.next() ? row.getString(1) : null;
        }
    }

    private static boolean schemaDigestTableExists(Connection connection) throws SQLException {
        try (PreparedStatement select = connection.prepareStatement("select to_regclass('schema_digest') is not null");
             ResultSet row = select.executeQuery()) {
            return row.next() && row.getBoolean(1);
        }
    }

    private static void storeDigest(Connection connection, String digest) throws SQLException {
        try (PreparedStatement upsert = connection.prepareStatement("""
                insert into schema_digest (changelog, digest, migrated_at) values ('main', ?, clock_timestamp())
                on conflict (changelog) do update set digest = excluded.digest, migrated_at = excluded.migrated_at
                """)) {
            upsert.setString(1, digest);
            upsert.executeUpdate();
        }
    }

    private static void advisoryLock(Connection connection, String function) throws SQLException {
        try (PreparedStatement lock = connection.prepareStatement(
                "select " + function + "(hashtextextended(?, 0))")) {
            lock.setString(1, LOCK);
            lock.execute();
        }
    }
}
