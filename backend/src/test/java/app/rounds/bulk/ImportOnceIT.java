package app.rounds.bulk;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import app.rounds.support.Events;
import app.rounds.support.cluster.TwoInstances;
import io.restassured.path.json.JsonPath;
import io.restassured.specification.RequestSpecification;

/** One import, two running instances on one database: both take rows, and every row is decided once. */
class ImportOnceIT {

    private static final int ROWS = 300;

    @RegisterExtension
    static final TwoInstances cluster = TwoInstances.direct().env("ROUNDS_IMPORTS_EVERY", "100ms");

    @Test
    void bothInstancesTakeRowsAndEachRowIsImportedOnce() throws Exception {
        String organizer = api(0).body(Map.of("email", TwoInstances.ADMIN_EMAIL, "password", TwoInstances.ADMIN_PASSWORD))
                .post("/api/v1/auth/login").then().statusCode(200).extract().path("accessToken");
        String eventId = api(0).header("Authorization", "Bearer " + organizer).body(Events.body(ROWS, Map.of()))
                .post("/api/v1/events").then().statusCode(201).extract().path("id");
        api(0).header("Authorization", "Bearer " + organizer).post("/api/v1/events/" + eventId + "/publish")
                .then().statusCode(200);
        StringBuilder csv = new StringBuilder("First Name,Last Name,Email\n");
        String batch = UUID.randomUUID().toString().substring(0, 8);
        for (int n = 1; n <= ROWS; n++) {
            csv.append("Dr,Imported ").append(n).append(",import.").append(batch).append('.').append(n).append("@example.org\n");
        }

        String importId = api(0).header("Authorization", "Bearer " + organizer).contentType("text/csv; charset=utf-8")
                .body(csv.toString().getBytes(StandardCharsets.UTF_8))
                .post("/api/v1/events/" + eventId + "/imports").then().statusCode(202).extract().path("id");
        JsonPath done = awaitCompleted(organizer, importId, Duration.ofSeconds(90));

        assertThat(done.getLong("created")).isEqualTo(ROWS);
        assertThat(done.getLong("skipped")).isZero();
        UUID event = UUID.fromString(eventId);
        assertThat(cluster.database().count("SELECT count(*) FROM registration WHERE event_id = ?", event))
                .as("one registration per row").isEqualTo(ROWS);
        assertThat(cluster.database().count("SELECT count(*) FROM account WHERE email LIKE ?", "import." + batch + ".%"))
                .as("one account per row").isEqualTo(ROWS);
        assertThat(cluster.database().count(
                "SELECT count(*) FROM mail_outbox m JOIN account a ON a.id = m.recipient_account_id"
                        + " WHERE m.kind = 'ACCOUNT_INVITATION' AND a.email LIKE ?", "import." + batch + ".%"))
                .as("one invitation per new account").isEqualTo(ROWS);
        long byFirst = rowsTaken(0);
        long bySecond = rowsTaken(1);
        assertThat(byFirst).as("rows taken by instance 0").isPositive();
        assertThat(bySecond).as("rows taken by instance 1").isPositive();
        assertThat(byFirst + bySecond).as("no row taken twice").isEqualTo(ROWS);
    }

    private static JsonPath awaitCompleted(String organizer, String importId, Duration within) throws InterruptedException {
        Instant deadline = Instant.now().plus(within);
        while (true) {
            JsonPath job = api(1).header("Authorization", "Bearer " + organizer).get("/api/v1/imports/" + importId)
                    .then().statusCode(200).extract().jsonPath();
            if ("COMPLETED".equals(job.getString("state")) || Instant.now().isAfter(deadline)) {
                assertThat(job.getString("state")).as("the import within %s", within).isEqualTo("COMPLETED");
                return job;
            }
            Thread.sleep(200);
        }
    }

    /** The instance's own count of import rows it took and decided (Micrometer's rounds.imports.rows). */
    private static long rowsTaken(int instance) throws Exception {
        HttpResponse<String> metrics = HttpClient.newHttpClient().send(
                HttpRequest.newBuilder(URI.create(cluster.instance(instance).managementUri() + "/q/metrics")).build(),
                HttpResponse.BodyHandlers.ofString());
        return metrics.body().lines()
                .filter(line -> line.startsWith("rounds_imports_rows_total"))
                .mapToLong(line -> (long) Double.parseDouble(line.substring(line.lastIndexOf(' ') + 1)))
                .sum();
    }

    private static RequestSpecification api(int instance) {
        return app.rounds.support.Api.api().baseUri(cluster.instance(instance).baseUri().toString());
    }
}
