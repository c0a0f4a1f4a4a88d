package app.rounds.support.cluster;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import app.rounds.common.database.EmbeddedPostgres;

/**
 * A fresh, empty database for one test class on one PostgreSQL server: the server of
 * {@code QUARKUS_DATASOURCE_JDBC_URL} when set, else an embedded one started once for the whole test run.
 */
public final class ClusterDatabase {

    private static final Pattern DATABASE_IN_URL = Pattern.compile("^(jdbc:postgresql://[^/]+/)([^?]*)(.*)$");
    private static String serverUrl;

    private final String jdbcUrl;
    private final String adminUrl;
    private final String name;
    private final String username;
    private final String password;

    private ClusterDatabase(String adminUrl, String name, String username, String password) {
        this.adminUrl = adminUrl;
        this.name = name;
        this.jdbcUrl = withDatabase(adminUrl, name);
        this.username = username;
        this.password = password;
    }

    public static ClusterDatabase createFresh() {
        String username = System.getenv().getOrDefault("QUARKUS_DATASOURCE_USERNAME", EmbeddedPostgresServer.USER);
        String password = System.getenv().getOrDefault("QUARKUS_DATASOURCE_PASSWORD", "");
        String name = "cluster_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
        ClusterDatabase database = new ClusterDatabase(server(), name, username, password);
        database.admin("create database " + name);
        return database;
    }

    public String jdbcUrl() {
        return jdbcUrl;
    }

    public String username() {
        return username;
    }

    public String password() {
        return password;
    }

    /** A new connection to the instances' database; the caller closes it. */
    public Connection connect() throws SQLException {
        return DriverManager.getConnection(jdbcUrl, username, password);
    }

    /** The first column of the first row of a query, as a long. */
    public long count(String sql, Object... parameters) {
        try (Connection connection = connect(); PreparedStatement statement = connection.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                statement.setObject(i + 1, parameters[i]);
            }
            try (ResultSet rows = statement.executeQuery()) {
                rows.next();
                return rows.getLong(1);
            }
        } catch (SQLException e) {
            throw new IllegalStateException(sql, e);
        }
    }

    /** Runs an update and answers the rows changed. */
    /** As if the account had followed its confirmation link (the instances of the stage send no mail by default). */
    public void confirmAddress(UUID accountId) {
        update("UPDATE account SET email_verified_at = now() WHERE id = ?", accountId);
    }

    public int update(String sql, Object... parameters) {
        try (Connection connection = connect(); PreparedStatement statement = connection.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                statement.setObject(i + 1, parameters[i]);
            }
            return statement.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException(sql, e);
        }
    }

    public void drop() {
        admin("drop database if exists " + name + " with (force)");
    }

    private void admin(String sql) {
        try (Connection connection = DriverManager.getConnection(adminUrl, username, password);
             Statement statement = connection.createStatement()) {
            statement.execute(sql);
        } catch (SQLException e) {
            throw new IllegalStateException(sql, e);
        }
    }

    private static synchronized String server() {
        if (serverUrl == null) {
            String configured = System.getenv("QUARKUS_DATASOURCE_JDBC_URL");
            serverUrl = configured != null && !configured.isBlank() ? configured : EmbeddedPostgresServer.start();
        }
        return serverUrl;
    }

    private static String withDatabase(String url, String database) {
        Matcher matcher = DATABASE_IN_URL.matcher(url);
        if (!matcher.matches()) {
            throw new IllegalStateException("Not a jdbc:postgresql://host/database URL: " + url);
        }
        return matcher.group(1) + database + matcher.group(3);
    }

    /** One embedded server for all two-instance test classes of a run, stopped when the test JVM ends. */
    private static final class EmbeddedPostgresServer {
        static final String USER = "postgres";

        static String start() {
            EmbeddedPostgres server = EmbeddedPostgres.startThrowaway();
            Runtime.getRuntime().addShutdownHook(new Thread(server::stop, "two-instances-postgres-stop"));
            return server.jdbcUrl();
        }
    }
}
