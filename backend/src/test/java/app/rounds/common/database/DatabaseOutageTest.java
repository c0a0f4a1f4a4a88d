package app.rounds.common.database;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;

import org.eclipse.microprofile.config.ConfigProvider;
import org.jboss.logmanager.ExtLogRecord;
import org.jboss.logmanager.LogContext;
import org.junit.jupiter.api.Test;

import app.rounds.support.TestData;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;

/**
 * With its database gone, the service says so: 503 problem+json with Retry-After, readiness down, and one log line
 * per request rather than a stack trace. Runs on a dedicated embedded PostgreSQL that the test stops.
 */
@QuarkusTest
@TestProfile(DatabaseOutageTest.DedicatedDatabase.class)
class DatabaseOutageTest {

    public static class DedicatedDatabase implements QuarkusTestProfile {
        private static String url;

        @Override
        public synchronized Map<String, String> getConfigOverrides() {
            if (url == null) {
                EmbeddedPostgres server = EmbeddedPostgres.startThrowaway();
                Runtime.getRuntime().addShutdownHook(new Thread(server::stop, "outage-postgres-cleanup"));
                url = server.jdbcUrl();
            }
            return Map.of("quarkus.datasource.jdbc.url", url, "quarkus.datasource.username", EmbeddedPostgres.USER,
                    "quarkus.datasource.jdbc.acquisition-timeout", "2s");
        }
    }

    /**
     * A fast shutdown of the dedicated server, asked of the server itself (it runs as another OS user when the tests run
     * as root): its postmaster is signalled by a program it starts, and drops every connection on the way down.
     */
    private static void stopTheDatabase() {
        String url = ConfigProvider.getConfig().getValue("quarkus.datasource.jdbc.url", String.class);
        try (Connection connection = DriverManager.getConnection(url, EmbeddedPostgres.USER, "");
             Statement statement = connection.createStatement()) {
            statement.execute("DO $$ BEGIN EXECUTE format('COPY (SELECT 1) TO PROGRAM %L',"
                    + " 'kill -INT $(head -1 ' || current_setting('data_directory') || '/postmaster.pid)'); END $$");
        } catch (SQLException goingDown) {
            // The server may end this very session while it shuts down.
        }
        Instant deadline = Instant.now().plusSeconds(30);
        while (Instant.now().isBefore(deadline)) {
            try (Connection stillUp = DriverManager.getConnection(url, EmbeddedPostgres.USER, "")) {
                sleep();
            } catch (SQLException down) {
                return;
            }
        }
        throw new IllegalStateException("The dedicated PostgreSQL did not stop");
    }

    private static void sleep() {
        try {
            Thread.sleep(100);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    @Test
    void withTheDatabaseDownRequestsAre503WithRetryAfterAndNoStackTraces() {
        String token = TestData.attendee().accessToken();
        given().header("Authorization", "Bearer " + token).get("/api/v1/me").then().statusCode(200);

        stopTheDatabase();
        List<LogRecord> logged = new CopyOnWriteArrayList<>();
        Handler capture = new Handler() {
            @Override
            public void publish(LogRecord record) {
                // Lines logged while serving a request carry its id; scheduled jobs failing meanwhile are not requests.
                if (record.getLevel().intValue() >= Level.WARNING.intValue() && record instanceof ExtLogRecord ext
                        && ext.getMdc("requestId") != null && !ext.getMdc("requestId").isBlank()) {
                    logged.add(record);
                }
            }

            @Override
            public void flush() {
            }

            @Override
            public void close() {
            }
        };
        LogContext.getLogContext().getLogger("").addHandler(capture);
        try {
            for (int i = 0; i < 3; i++) {
                given().header("Authorization", "Bearer " + token).accept("application/json").get("/api/v1/me")
                        .then().statusCode(503).contentType("application/problem+json")
                        .header("Retry-After", org.hamcrest.Matchers.notNullValue())
                        .body("status", equalTo(503));
                given().header("Authorization", "Bearer " + token).get("/api/v1/events")
                        .then().statusCode(503).header("Retry-After", org.hamcrest.Matchers.notNullValue());
            }
            given().get("/q/health/ready").then().statusCode(503);
        } finally {
            LogContext.getLogContext().getLogger("").removeHandler(capture);
        }
        assertThat(logged).as("warnings of requests while the database is down").isNotEmpty()
                .allSatisfy(record -> assertThat(record.getThrown()).as("stack trace of %s", record.getMessage()).isNull());
    }
}
