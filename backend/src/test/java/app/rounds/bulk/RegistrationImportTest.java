package app.rounds.bulk;

import static app.rounds.support.Api.api;
import static app.rounds.support.Api.raw;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;

import app.rounds.mail.Mailbox;
import app.rounds.support.Concurrently;
import app.rounds.support.Events;
import app.rounds.support.TestData;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;

/**
 * Registration imports end to end against the real database and mail server: the report, invitations that set a
 * password, capacity, re-runs that import nobody twice, rows that roll back whole, and files refused as a whole.
 */
@QuarkusTest
class RegistrationImportTest {

    /** Said explicitly: REST Assured would otherwise declare its default charset, ISO-8859-1, which is refused. */
    private static final String CSV = "text/csv; charset=utf-8";
    private static final byte[] BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
    private static final String EVENTBRITE_HEADER = "Order #,Order Date,First Name,Last Name,Email,Ticket Type,Job Title\r\n";
    private static final Pattern LINK = Pattern.compile("http://localhost:8080/reset-password\\?token=([A-Za-z0-9_-]{43})");

    @Inject
    EntityManager entityManager;

    @Inject
    ImportRunner runner;

    @Inject
    MeterRegistry meters;

    @Test
    void tenRowsAreImportedWithAReportAndNewAccountsAreInvited() {
        String organizer = TestData.organizer().accessToken();
        UUID eventId = Events.published(organizer, 50, Map.of("title", "Boston Retina Evening"));
        var existing = TestData.attendee();
        List<String> newEmails = new ArrayList<>();
        StringBuilder file = new StringBuilder(EVENTBRITE_HEADER);
        for (int i = 0; i < 8; i++) {
            String email = TestData.uniqueEmail();
            newEmails.add(email);
            file.append("1000").append(i).append(",2026-11-01,Dana,\"Reyes, Jr. ").append(i).append("\",")
                    .append(i == 0 ? email.toUpperCase() : email).append(",General,Retina surgeon\r\n");
        }
        file.append("2000,2026-11-01,Existing,Person,").append(existing.email()).append(",General,\r\n");
        file.append("3000,2026-11-01,No,Address,not-an-email,General,\r\n");

        JsonPath job = awaitCompleted(organizer, start(organizer, eventId, withBom(file.toString())));

        assertThat(job.getInt("totalRows")).isEqualTo(10);
        assertThat(job.getLong("processedRows")).isEqualTo(10);
        assertThat(job.getLong("created")).isEqualTo(8);
        assertThat(job.getLong("matched")).isEqualTo(1);
        assertThat(job.getLong("skipped")).isEqualTo(1);
        assertThat(job.getString("finishedAt")).isNotNull();
        List<Map<String, Object>> report = report(organizer, job.getString("id"));
        assertThat(report).extracting(row -> row.get("row")).containsExactly(2, 3, 4, 5, 6, 7, 8, 9, 10, 11);
        assertThat(report.get(1)).containsEntry("outcome", "CREATED").containsEntry("accountCreated", true)
                .containsEntry("lastName", "Reyes, Jr. 1");
        assertThat(report.get(8)).containsEntry("outcome", "MATCHED").containsEntry("accountCreated", false);
        assertThat(report.get(9)).containsEntry("outcome", "SKIPPED")
                .containsEntry("reason", "\"not-an-email\" is not an email address");
        assertThat(registrationsOf(organizer, eventId)).hasSize(9);

        String invitation = Mailbox.text(Mailbox.awaitAtLeast(newEmails.get(0).toLowerCase(), 1).get(0));
        assertThat(Mailbox.subject(Mailbox.to(newEmails.get(0).toLowerCase()).get(0)))
                .isEqualTo("You are on the list for Boston Retina Evening");
        Matcher link = LINK.matcher(invitation);
        assertThat(link.find()).as("set-password link in %s", invitation).isTrue();
        api().body(Map.of("token", link.group(1), "newPassword", "my-first-passphrase"))
                .post("/api/v1/auth/password-reset/confirm").then().statusCode(204);
        String token = api().body(Map.of("email", newEmails.get(0), "password", "my-first-passphrase"))
                .post("/api/v1/auth/login").then().statusCode(200).extract().path("accessToken");
        api(token).get("/api/v1/me/registrations").then().statusCode(200)
                .body("items[0].event.id", equalTo(eventId.toString()))
                .body("items[0].registration.status", equalTo("REGISTERED"));
        assertThat(Mailbox.to(existing.email())).isEmpty();
    }

    @Test
    void importingTheSameFileAgainImportsNobodyTwice() {
        String organizer = TestData.organizer().accessToken();
        UUID eventId = Events.published(organizer, 50);
        String email = TestData.uniqueEmail();
        String file = EVENTBRITE_HEADER + "1,2026-11-01,Ravi,Patel," + email + ",General,\r\n"
                + "2,2026-11-01,Ana,Silva," + TestData.uniqueEmail() + ",General,\r\n";

        awaitCompleted(organizer, start(organizer, eventId, file.getBytes(StandardCharsets.UTF_8)));
        JsonPath again = awaitCompleted(organizer, start(organizer, eventId, file.getBytes(StandardCharsets.UTF_8)));

        assertThat(again.getLong("alreadyRegistered")).isEqualTo(2);
        assertThat(again.getLong("created") + again.getLong("matched") + again.getLong("waitlisted")).isZero();
        assertThat(registrationsOf(organizer, eventId)).hasSize(2);
        assertThat(Mailbox.subjectsSettled(email)).hasSize(1);
    }

    @Test
    void peopleBeyondCapacityJoinTheWaitlist() {
        String organizer = TestData.organizer().accessToken();
        UUID eventId = Events.published(organizer, 2);
        StringBuilder file = new StringBuilder("First Name,Last Name,Email\r\n");
        for (int i = 0; i < 3; i++) {
            file.append("Dr,Number ").append(i).append(',').append(TestData.uniqueEmail()).append("\r\n");
        }

        JsonPath job = awaitCompleted(organizer, start(organizer, eventId, file.toString().getBytes(StandardCharsets.UTF_8)));

        assertThat(job.getLong("created")).isEqualTo(2);
        assertThat(job.getLong("waitlisted")).isEqualTo(1);
        List<Map<String, Object>> report = report(organizer, job.getString("id"));
        assertThat(report.get(2)).containsEntry("outcome", "WAITLISTED").containsEntry("accountCreated", true);
        api(organizer).get("/api/v1/events/" + eventId).then().body("registeredCount", equalTo(2))
                .body("waitlistCount", equalTo(1));
    }

    @Test
    void runnersAtOnceTakeEveryRowExactlyOnce() throws Exception {
        String organizer = TestData.organizer().accessToken();
        UUID eventId = Events.published(organizer, 100);
        StringBuilder file = new StringBuilder("First Name,Last Name,Email\r\n");
        for (int i = 0; i < 40; i++) {
            file.append("Dr,Parallel ").append(i).append(',').append(TestData.uniqueEmail()).append("\r\n");
        }
        Counter taken = meters.get("rounds.imports.rows").counter();
        double before = taken.count();

        String id = start(organizer, eventId, file.toString().getBytes(StandardCharsets.UTF_8));
        // Four runners beside the scheduled one, all on one database, as several instances would be.
        List<Callable<Integer>> runners = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            runners.add(() -> {
                int rows = 0;
                while (runner.importNext()) {
                    rows++;
                }
                return rows;
            });
        }
        Concurrently.fireAtOnce(runners);
        JsonPath job = awaitCompleted(organizer, id);

        assertThat(job.getLong("created")).isEqualTo(40);
        assertThat(taken.count() - before).as("rows taken by all runners together").isEqualTo(40);
        assertThat(registrationsOf(organizer, eventId)).hasSize(40);
    }

    @Test
    void otherColumnNamesCanBeMapped() {
        String organizer = TestData.organizer().accessToken();
        UUID eventId = Events.published(organizer, 10);
        String file = "Given name,Surname,E-mail\r\n\"Lee\",Chen," + TestData.uniqueEmail() + "\r\n";

        String id = api(organizer).contentType(CSV).body(file.getBytes(StandardCharsets.UTF_8))
                .queryParam("firstNameColumn", "given name").queryParam("lastNameColumn", "Surname")
                .queryParam("emailColumn", " e-mail ")
                .post("/api/v1/events/" + eventId + "/imports").then().statusCode(202).extract().path("id");

        assertThat(awaitCompleted(organizer, id).getLong("created")).isEqualTo(1);
    }

    @Test
    void aRowThatCannotBeRegisteredLeavesNoAccountBehind() {
        String organizer = TestData.organizer().accessToken();
        UUID eventId = Events.published(organizer, 10);
        String email = TestData.uniqueEmail();
        String file = "First Name,Last Name,Email\r\nMaya,Cohen," + email + "\r\nAna,Silva," + TestData.uniqueEmail() + "\r\n";
        // The event is cancelled in a transaction still open during the upload: the upload sees it published, and
        // each row, which makes its account before it waits for the event's lock, then finds it cancelled.
        String id = QuarkusTransaction.requiringNew().call(() -> {
            entityManager.createNativeQuery("UPDATE event SET status = 'CANCELLED' WHERE id = :id").setParameter("id", eventId)
                    .executeUpdate();
            return start(organizer, eventId, file.getBytes(StandardCharsets.UTF_8));
        });

        JsonPath job = awaitCompleted(organizer, id);

        assertThat(job.getLong("skipped")).isEqualTo(2);
        assertThat(report(organizer, id)).allSatisfy(row -> assertThat((String) row.get("reason")).contains("cancelled"));
        long accounts = QuarkusTransaction.requiringNew().call(() -> ((Number) entityManager
                .createNativeQuery("SELECT count(*) FROM account WHERE email = :email").setParameter("email", email)
                .getSingleResult()).longValue());
        assertThat(accounts).isZero();
    }

    @Test
    void filesThatCannotBeReadAreRefusedWholeNamingWhatIsWrong() {
        String organizer = TestData.organizer().accessToken();
        UUID eventId = Events.published(organizer, 10);
        String imports = "/api/v1/events/" + eventId + "/imports";

        byte[] latin1 = "First Name,Last Name,Email\r\nJürgen,Müller,jm@example.org\r\n".getBytes(StandardCharsets.ISO_8859_1);
        api(organizer).contentType(CSV).body(latin1).post(imports).then().statusCode(415)
                .contentType("application/problem+json").body("detail", containsString("UTF-8"));
        raw().header("Authorization", "Bearer " + organizer).contentType("text/csv; charset=windows-1252")
                .body("First Name,Last Name,Email\r\n".getBytes(StandardCharsets.UTF_8)).post(imports).then().statusCode(415)
                .contentType("application/problem+json");

        api(organizer).contentType(CSV).body("First Name,Last Name,E-mail address\r\nA,B,a@example.org\r\n")
                .post(imports).then().statusCode(400).contentType("application/problem+json")
                .body("errors[0].field", equalTo("emailColumn")).body("detail", containsString("no column \"Email\""));
        raw().header("Authorization", "Bearer " + organizer).contentType(CSV).body(new byte[0]).post(imports).then().statusCode(400)
                .body("errors[0].field", equalTo("file"));
        api(organizer).contentType(CSV).body("First Name,Last Name,Email\r\n\"unclosed,B,c@example.org\r\n")
                .post(imports).then().statusCode(400).body("errors[0].field", equalTo("file"));

        StringBuilder tooMany = new StringBuilder("First Name,Last Name,Email\r\n");
        for (int i = 0; i <= 200; i++) {
            tooMany.append("A,B,row").append(i).append("@example.org\r\n");
        }
        api(organizer).contentType(CSV).body(tooMany.toString()).post(imports).then().statusCode(422)
                .contentType("application/problem+json").body("detail", containsString("more than 200 rows"));

        byte[] tooBig = ("First Name,Last Name,Email\r\n" + "A,B,c@example.org\r\n".repeat(20_000)).getBytes(StandardCharsets.UTF_8);
        raw().header("Authorization", "Bearer " + organizer).contentType(CSV).body(tooBig).post(imports).then()
                .statusCode(413).contentType("application/problem+json");

        long jobs = QuarkusTransaction.requiringNew().call(() -> ((Number) entityManager
                .createNativeQuery("SELECT count(*) FROM import_job WHERE event_id = :event").setParameter("event", eventId)
                .getSingleResult()).longValue());
        assertThat(jobs).isZero();
    }

    @Test
    void onlyOrganizersImportAndSeeImports() {
        String organizer = TestData.organizer().accessToken();
        UUID eventId = Events.published(organizer, 10);
        var attendee = TestData.attendee();
        byte[] file = ("First Name,Last Name,Email\r\nA,B," + TestData.uniqueEmail() + "\r\n").getBytes(StandardCharsets.UTF_8);

        api(attendee.accessToken()).contentType(CSV).body(file).post("/api/v1/events/" + eventId + "/imports")
                .then().statusCode(403).contentType("application/problem+json");
        String id = start(organizer, eventId, file);
        api(attendee.accessToken()).get("/api/v1/imports/" + id).then().statusCode(403);
        api(attendee.accessToken()).get("/api/v1/imports/" + id + "/rows").then().statusCode(403);
        api(organizer).contentType(CSV).body(file).post("/api/v1/events/" + UUID.randomUUID() + "/imports")
                .then().statusCode(404);
        api(organizer).get("/api/v1/imports/" + UUID.randomUUID()).then().statusCode(404);
        UUID draft = Events.draft(organizer, 10, Map.of());
        api(organizer).contentType(CSV).body(file).post("/api/v1/events/" + draft + "/imports")
                .then().statusCode(409).contentType("application/problem+json");
    }

    private static String start(String organizer, UUID eventId, byte[] file) {
        var started = api(organizer).contentType(CSV).body(file).post("/api/v1/events/" + eventId + "/imports")
                .then().statusCode(202).extract();
        assertThat(started.header("Location")).endsWith("/api/v1/imports/" + started.path("id"));
        return started.path("id");
    }

    private static JsonPath awaitCompleted(String organizer, String importId) {
        Awaitility.await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(200)).until(() ->
                "COMPLETED".equals(api(organizer).get("/api/v1/imports/" + importId).then().statusCode(200).extract().path("state")));
        return api(organizer).get("/api/v1/imports/" + importId).then().statusCode(200).extract().jsonPath();
    }

    private static List<Map<String, Object>> report(String organizer, String importId) {
        return api(organizer).queryParam("limit", 100).get("/api/v1/imports/" + importId + "/rows").then().statusCode(200)
                .extract().jsonPath().getList("items");
    }

    private static List<Object> registrationsOf(String organizer, UUID eventId) {
        return api(organizer).queryParam("limit", 100).get("/api/v1/events/" + eventId + "/registrations").then().statusCode(200)
                .extract().jsonPath().getList("items");
    }

    private static byte[] withBom(String text) {
        byte[] body = text.getBytes(StandardCharsets.UTF_8);
        byte[] withBom = new byte[BOM.length + body.length];
        System.arraycopy(BOM, 0, withBom, 0, BOM.length);
        System.arraycopy(body, 0, withBom, BOM.length, body.length);
        return withBom;
    }
}
