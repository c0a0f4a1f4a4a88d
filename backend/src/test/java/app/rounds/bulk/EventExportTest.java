package app.rounds.bulk;

import static app.rounds.support.Api.api;
import static app.rounds.support.Api.raw;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import java.io.IOException;
import java.io.StringReader;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;

import app.rounds.support.Events;
import app.rounds.support.IntegrationKeys;
import app.rounds.support.Introductions;
import app.rounds.support.Profiles;
import app.rounds.support.TestData;
import io.restassured.response.ExtractableResponse;
import io.restassured.response.Response;
import io.quarkus.test.junit.QuarkusTest;

/** The organizer's CSV exports: RFC 4180 with a header, safe in spreadsheets, and no more than the viewer may see. */
@QuarkusTest
class EventExportTest {

    private static final String CSV = "text/csv, application/problem+json";

    @Test
    void registrationsListEveryoneWithContactDetailsOnlyWhereTheAttendeeShowsThemToOrganizers() throws IOException {
        String organizer = TestData.organizer().accessToken();
        UUID eventId = Events.published(organizer, 1, Map.of("title", "Montréal Retina Evening"));
        var open = TestData.attendee();
        Profiles.save(open.accessToken(), Profiles.body(Map.of("fullName", "=HYPERLINK(\"http://evil\")",
                "visibility", Profiles.allContacts("EVENT_ATTENDEES"))));
        var reserved = TestData.attendee();
        Profiles.save(reserved.accessToken(), Profiles.body(Map.of("fullName", "Dr. Reserved", "email", "reserved@example.org",
                "visibility", Profiles.allContacts("CONNECTIONS"))));
        UUID seated = Events.register(open.accessToken(), eventId);
        UUID waitlisted = Events.register(reserved.accessToken(), eventId);

        var response = export(organizer, eventId, "registrations").statusCode(200)
                .contentType("text/csv; charset=utf-8")
                .header("Content-Disposition", "attachment; filename=\"montreal-retina-evening-registrations.csv\"")
                .extract();

        assertThat(response.asString()).startsWith("Registration ID,Status,Waitlist position,").contains("\r\n");
        List<CSVRecord> rows = parse(response);
        assertThat(rows).hasSize(2);
        CSVRecord first = row(rows, seated);
        assertThat(first.get("Status")).isEqualTo("REGISTERED");
        assertThat(first.get("Name")).isEqualTo("'=HYPERLINK(\"http://evil\")");
        assertThat(first.get("Email")).isEqualTo("dana.reyes@example.org");
        // E.164 starts with "+", so it too is kept from being read as a formula.
        assertThat(first.get("Cell number")).isEqualTo("'+14105550123");
        assertThat(first.get("Specialty")).isEqualTo("Ophthalmology");
        CSVRecord second = row(rows, waitlisted);
        assertThat(second.get("Status")).isEqualTo("WAITLISTED");
        assertThat(second.get("Waitlist position")).isEqualTo("1");
        assertThat(second.get("Name")).isEqualTo("Dr. Reserved");
        assertThat(second.get("Email")).isEmpty();
        assertThat(second.get("Cell number")).isEmpty();
        assertThat(response.asString()).doesNotContain("reserved@example.org");
    }

    @Test
    void anIntegrationSeesContactDetailsOnlyOfAttendeesWhoShareThemWithIntegrations() throws IOException {
        var organizer = TestData.organizer();
        UUID eventId = Events.published(organizer.accessToken(), 10);
        var sharing = TestData.attendee();
        Profiles.save(sharing.accessToken(), Profiles.body(Map.of("fullName", "Dr. Sharing", "email", "sharing@example.org",
                "visibility", Profiles.allContacts("EVENT_ATTENDEES"), "shareContactWithIntegrations", true)));
        var notSharing = TestData.attendee();
        Profiles.save(notSharing.accessToken(), Profiles.body(Map.of("fullName", "Dr. Private", "email", "private@example.org",
                "visibility", Profiles.allContacts("EVENT_ATTENDEES"))));
        Events.register(sharing.accessToken(), eventId);
        Events.register(notSharing.accessToken(), eventId);

        String key = IntegrationKeys.issue(organizer.accessToken(), "registrations:read", "attendees:read").key();
        String body = export(key, eventId, "registrations").statusCode(200).extract().asString();
        assertThat(body).contains("sharing@example.org").doesNotContain("private@example.org").contains("Dr. Private");

        String namesOnly = IntegrationKeys.issue(organizer.accessToken(), "registrations:read").key();
        String withoutProfiles = export(namesOnly, eventId, "registrations").statusCode(200).extract().asString();
        assertThat(withoutProfiles).contains("Dr. Test").doesNotContain("sharing@example.org").doesNotContain("Ophthalmology");

        export(namesOnly, eventId, "introductions").statusCode(403).contentType("application/problem+json")
                .body("detail", containsString("introductions:read"));
    }

    @Test
    void introductionsAndFollowUpsShowOutcomesNeverTheirText() throws IOException {
        String organizer = TestData.organizer().accessToken();
        UUID eventId = Events.published(organizer, 10);
        var asker = TestData.attendee();
        var asked = TestData.attendee();
        Events.register(asker.accessToken(), eventId);
        Events.register(asked.accessToken(), eventId);
        UUID introduction = Introductions.request(asker.accessToken(), eventId, asked.id());

        var introductions = parse(export(organizer, eventId, "introductions").statusCode(200).extract());
        assertThat(introductions).hasSize(1);
        assertThat(introductions.get(0).get("Introduction ID")).isEqualTo(introduction.toString());
        assertThat(introductions.get(0).get("Status")).isEqualTo("PENDING");
        assertThat(introductions.get(0).toMap()).doesNotContainKeys("Reason", "Message");
        assertThat(introductions.get(0).toMap().values()).noneMatch(value -> value.contains("refer"));

        var scanner = TestData.attendee();
        var scanned = TestData.attendee();
        Events.register(scanner.accessToken(), eventId);
        Events.register(scanned.accessToken(), eventId);
        Introductions.connectByScan(scanner.accessToken(), scanned.accessToken(), eventId);
        var followUps = export(organizer, eventId, "follow-ups").statusCode(200).extract();
        assertThat(followUps.asString()).startsWith("Attendee ID,Name,Connections with a plan,Tasks,Done,Skipped,Open,Overdue\r\n");
        List<CSVRecord> owners = parse(followUps);
        assertThat(owners).extracting(row -> row.get("Attendee ID"))
                .containsExactlyInAnyOrder(scanner.id().toString(), scanned.id().toString());
        for (CSVRecord row : owners) {
            assertThat(Long.parseLong(row.get("Tasks"))).isPositive().isEqualTo(Long.parseLong(row.get("Open")));
            assertThat(row.get("Connections with a plan")).isEqualTo("1");
            assertThat(row.get("Done")).isEqualTo("0");
        }
    }

    @Test
    void attendeesAreRefusedAndUnknownEventsAreNotFound() {
        String organizer = TestData.organizer().accessToken();
        UUID eventId = Events.published(organizer, 10);
        var attendee = TestData.attendee();
        Events.register(attendee.accessToken(), eventId);

        for (String list : List.of("registrations", "introductions", "follow-ups")) {
            export(attendee.accessToken(), eventId, list).statusCode(403).contentType("application/problem+json");
            export(organizer, UUID.randomUUID(), list).statusCode(404).contentType("application/problem+json")
                    .body("status", equalTo(404));
        }
        raw().accept(CSV).get("/api/v1/events/" + eventId + "/exports/registrations.csv").then().statusCode(401)
                .contentType("application/problem+json");
    }

    @Test
    void formulaCellsAreNeutralised() {
        assertThat(SpreadsheetSafeCsv.neutralised("=1+1")).isEqualTo("'=1+1");
        assertThat(SpreadsheetSafeCsv.neutralised("+1 410 555")).isEqualTo("'+1 410 555");
        assertThat(SpreadsheetSafeCsv.neutralised("-2")).isEqualTo("'-2");
        assertThat(SpreadsheetSafeCsv.neutralised("@SUM(A1)")).isEqualTo("'@SUM(A1)");
        assertThat(SpreadsheetSafeCsv.neutralised("\tcmd")).isEqualTo("'\tcmd");
        assertThat(SpreadsheetSafeCsv.neutralised("\rcmd")).isEqualTo("'\rcmd");
        assertThat(SpreadsheetSafeCsv.neutralised("Dr. Reyes")).isEqualTo("Dr. Reyes");
        assertThat(SpreadsheetSafeCsv.neutralised("")).isEmpty();
        assertThat(ExportResource.fileName("Boston <Retina> & Friends: été", "registrations"))
                .isEqualTo("boston-retina-friends-ete-registrations.csv");
    }

    private static io.restassured.response.ValidatableResponse export(String token, UUID eventId, String list) {
        return api(token).accept(CSV).get("/api/v1/events/" + eventId + "/exports/" + list + ".csv").then();
    }

    private static List<CSVRecord> parse(ExtractableResponse<Response> response) throws IOException {
        return CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get()
                .parse(new StringReader(response.asString())).getRecords();
    }

    private static CSVRecord row(List<CSVRecord> rows, UUID registrationId) {
        return rows.stream().filter(row -> row.get("Registration ID").equals(registrationId.toString())).findFirst().orElseThrow();
    }
}
