package app.rounds.connection;

import static app.rounds.support.Api.api;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import app.rounds.support.Events;
import app.rounds.support.Introductions;
import app.rounds.support.Profiles;
import app.rounds.support.TestData;
import app.rounds.support.TestData.SignedIn;
import io.quarkus.test.junit.QuarkusTest;

/**
 * The cell number, kept for connections, appears only to the owner and to connections the owner consented to, in
 * every response that carries a profile or a connection; revoking consent removes it from every later response.
 */
@QuarkusTest
class CellNumberVisibilityTest {

    private static final String CELL = "+14105550123";

    private SignedIn organizer;
    private SignedIn owner;
    private SignedIn consented;
    private SignedIn unconsented;
    private SignedIn coAttendee;
    private UUID eventId;
    private UUID consentedConnection;
    private UUID unconsentedConnection;

    @BeforeEach
    void anOwnerWithTwoConnectionsAndACoAttendee() {
        organizer = TestData.organizer();
        eventId = Events.published(organizer.accessToken(), 20);
        owner = TestData.attendee();
        consented = TestData.attendee();
        unconsented = TestData.attendee();
        coAttendee = TestData.attendee();
        Profiles.save(owner.accessToken(), Profiles.body(Map.of("visibility", Profiles.allContacts("CONNECTIONS"))));
        List.of(owner, consented, unconsented, coAttendee).forEach(attendee -> Events.register(attendee.accessToken(), eventId));
        consentedConnection = Introductions.connectByScan(consented.accessToken(), owner.accessToken(), eventId);
        unconsentedConnection = Introductions.connectByScan(unconsented.accessToken(), owner.accessToken(), eventId);
        api(owner.accessToken()).body(Map.of("consent", "GRANTED"))
                .put("/api/v1/connections/" + consentedConnection + "/cell-consent")
                .then().statusCode(200).body("myCellConsent", equalTo("GRANTED"));
    }

    @Test
    void attendeeProfileShowsTheCellOnlyToTheOwnerAndTheConsentedConnection() {
        assertThat(profileCell(owner)).isEqualTo(CELL);
        assertThat(profileCell(consented)).isEqualTo(CELL);
        assertThat(profileCell(unconsented)).isNull();
        assertThat(profileCell(coAttendee)).isNull();
        assertThat(profileCell(organizer)).isNull();
    }

    @Test
    void eventAttendeeListShowsTheCellOnlyToTheOwnerAndTheConsentedConnection() {
        assertThat(listedCell(owner)).isEqualTo(CELL);
        assertThat(listedCell(consented)).isEqualTo(CELL);
        assertThat(listedCell(unconsented)).isNull();
        assertThat(listedCell(coAttendee)).isNull();
        assertThat(listedCell(organizer)).isNull();
    }

    @Test
    void connectionsShowTheCellOnlyWithConsent() {
        api(consented.accessToken()).get("/api/v1/connections").then().statusCode(200)
                .body("items[0].person.cellNumber", equalTo(CELL)).body("items[0].theirCellConsent", equalTo("GRANTED"));
        api(unconsented.accessToken()).get("/api/v1/connections").then().statusCode(200)
                .body("items[0].person.cellNumber", nullValue()).body("items[0].theirCellConsent", equalTo("UNDECIDED"));
        api(consented.accessToken()).get("/api/v1/connections/" + consentedConnection).then().statusCode(200)
                .body("person.cellNumber", equalTo(CELL));
        api(unconsented.accessToken()).get("/api/v1/connections/" + unconsentedConnection).then().statusCode(200)
                .body("person.cellNumber", nullValue());
        api(organizer.accessToken()).get("/api/v1/connections/" + consentedConnection).then().statusCode(404);
        api(coAttendee.accessToken()).get("/api/v1/connections/" + consentedConnection).then().statusCode(404);
    }

    @Test
    void contactCardCarriesTheCellOnlyWithConsent() {
        assertThat(vcard(consented, consentedConnection)).contains("BEGIN:VCARD", "VERSION:4.0", "tel:" + CELL);
        assertThat(vcard(unconsented, unconsentedConnection)).contains("BEGIN:VCARD").doesNotContain(CELL);
        api(coAttendee.accessToken()).accept("text/vcard").get("/api/v1/connections/" + consentedConnection + "/vcard")
                .then().statusCode(404);
    }

    @Test
    void scanResponseShowsTheCellOnlyWithConsent() {
        SignedIn newcomer = TestData.attendee();
        Events.register(newcomer.accessToken(), eventId);
        String code = api(owner.accessToken()).post("/api/v1/events/" + eventId + "/connect-code").then().extract().path("code");
        api(newcomer.accessToken()).body(Map.of("code", code)).post("/api/v1/connections/scan").then().statusCode(201)
                .body("person.attendeeId", equalTo(owner.id().toString()))
                .body("person.cellNumber", nullValue())
                .body("person.email", equalTo("dana.reyes@example.org"));
    }

    @Test
    void revokingConsentRemovesTheCellFromEveryLaterResponse() {
        api(owner.accessToken()).body(Map.of("consent", "REFUSED"))
                .put("/api/v1/connections/" + consentedConnection + "/cell-consent").then().statusCode(200);

        assertThat(profileCell(consented)).isNull();
        assertThat(listedCell(consented)).isNull();
        api(consented.accessToken()).get("/api/v1/connections/" + consentedConnection).then()
                .body("person.cellNumber", nullValue()).body("theirCellConsent", equalTo("REFUSED"));
        api(consented.accessToken()).get("/api/v1/connections").then().body("items[0].person.cellNumber", nullValue());
        assertThat(vcard(consented, consentedConnection)).doesNotContain(CELL);
    }

    @Test
    void profileDefaultDecidesTheConsentOfNewConnections() {
        SignedIn always = TestData.attendee();
        SignedIn never = TestData.attendee();
        Profiles.save(always.accessToken(), Profiles.body(Map.of("cellSharingDefault", "ALWAYS")));
        Profiles.save(never.accessToken(), Profiles.body(Map.of("cellSharingDefault", "NEVER")));
        api(always.accessToken()).get("/api/v1/me/profile").then().body("cellSharingDefault", equalTo("ALWAYS"));
        SignedIn scanner = TestData.attendee();
        List.of(always, never, scanner).forEach(attendee -> Events.register(attendee.accessToken(), eventId));

        UUID withAlways = Introductions.connectByScan(scanner.accessToken(), always.accessToken(), eventId);
        UUID withNever = Introductions.connectByScan(scanner.accessToken(), never.accessToken(), eventId);

        api(scanner.accessToken()).get("/api/v1/connections/" + withAlways).then()
                .body("theirCellConsent", equalTo("GRANTED")).body("myCellConsent", equalTo("UNDECIDED"))
                .body("person.cellNumber", equalTo(CELL));
        api(scanner.accessToken()).get("/api/v1/connections/" + withNever).then()
                .body("theirCellConsent", equalTo("REFUSED")).body("person.cellNumber", nullValue());
    }

    @Test
    void cellShownToTheRoomNeedsNoConsent() {
        Profiles.save(owner.accessToken(), Profiles.body(Map.of("visibility", Profiles.allContacts("EVENT_ATTENDEES"))));

        assertThat(profileCell(coAttendee)).isEqualTo(CELL);
        assertThat(profileCell(unconsented)).isEqualTo(CELL);
        assertThat(profileCell(organizer)).isEqualTo(CELL);
    }

    private String profileCell(SignedIn viewer) {
        return api(viewer.accessToken()).get("/api/v1/attendees/" + owner.id()).then().statusCode(200).extract().path("cellNumber");
    }

    private String listedCell(SignedIn viewer) {
        List<Map<String, Object>> items = api(viewer.accessToken()).queryParam("limit", 100)
                .get("/api/v1/events/" + eventId + "/attendees").then().statusCode(200).extract().path("items");
        @SuppressWarnings("unchecked")
        Map<String, Object> profile = (Map<String, Object>) items.stream()
                .filter(item -> owner.id().toString().equals(((Map<?, ?>) item.get("profile")).get("attendeeId")))
                .findFirst().orElseThrow().get("profile");
        return (String) profile.get("cellNumber");
    }

    private static String vcard(SignedIn viewer, UUID connectionId) {
        return api(viewer.accessToken()).accept("text/vcard").get("/api/v1/connections/" + connectionId + "/vcard")
                .then().statusCode(200).contentType("text/vcard").extract().asString();
    }
}
