package app.rounds.common.database;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

import javax.sql.DataSource;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;

@QuarkusTest
class SchemaMigrationTest {

    @Inject
    SchemaMigration migration;

    @Inject
    DataSource dataSource;

    @Test
    void aStartOnTheSchemaTheChangelogDescribesLeavesLiquibaseOut() throws SQLException {
        long historyBefore = count("select count(*) from databasechangelog");
        String digest = storedDigest();

        assertThat(migration.migrate()).isEqualTo(SchemaMigration.Outcome.UNCHANGED);

        assertThat(storedDigest()).isEqualTo(digest).hasSize(64);
        assertThat(count("select count(*) from databasechangelog")).isEqualTo(historyBefore);
    }

    @Test
    void aChangedChangelogDigestRunsLiquibaseAndStoresTheNewDigest() throws SQLException {
        String digest = storedDigest();
        execute("update schema_digest set digest = 'written by an older release' where changelog = 'main'");

        assertThat(migration.migrate()).isEqualTo(SchemaMigration.Outcome.MIGRATED);

        assertThat(storedDigest()).isEqualTo(digest);
        assertThat(count("select count(*) from databasechangelog where id = '0055-schema-digest'")).isEqualTo(1);
    }

    private String storedDigest() throws SQLException {
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement();
             ResultSet row = statement.executeQuery("select digest from schema_digest where changelog = 'main'")) {
            assertThat(row.next()).as("a digest stored by the start-up migration").isTrue();
            return row.getString(1);
        }
    }

    private long count(String sql) throws SQLException {
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement();
             ResultSet row = statement.executeQuery(sql)) {
            row.next();
            return row.getLong(1);
        }
    }

    private void execute(String sql) throws SQLException {
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
            statement.executeUpdate(sql);
        }
    }
}
