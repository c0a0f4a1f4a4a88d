package app.rounds.connection;

import static app.rounds.support.Api.api;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.stream.Stream;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import app.rounds.support.Api;
import app.rounds.support.Concurrently;
import app.rounds.support.Events;
import app.rounds.support.Introductions;
import app.rounds.support.Profiles;
import app.rounds.support.TestData;
import app.rounds.support.TestData.SignedIn;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;

@QuarkusTest
class ConnectionResourceTest {

    @Inject
    EntityManager entityManager;

    private SignedIn organizer;
    private SignedIn shower;
    private SignedIn scanner;
    private UUID eventId;

    @BeforeEach
    void twoAttendeesOfOneEvent() {
        organizer = TestData.organizer();
        eventId = Events.published(organizer.accessToken(), 20);
        shower = TestData.attendee();
        scanner = TestData.attendee();
        Events.register(shower.accessToken(), eventId);
        Events.register(scanner.accessToken(), eventId);
    }

    @Test
    void scanningACodeConnectsAtOnceAndTellsItsOwner() {
        UUID id = Introductions.connectByScan(scanner.accessToken(), shower.accessToken(), eventId);

        api(shower.accessToken()).get("/api/v1/connections/" + id).then().statusCode(200)
                .body("origin", equalTo("SCAN"))
                .body("eventId", equalTo(eventId.toString()))
                .body("person.attendeeId", equalTo(scanner.id().toString()));
        api(shower.accessToken()).get("/api/v1/me/notifications").then().body("items.kind", hasItem("CONNECTED"));
    }

    @Test
    void scanningSomeoneAlreadyConnectedReturnsTheSameConnection() {
        UUID id = Introductions.connectByScan(scanner.accessToken(), shower.accessToken(), eventId);
        String code = code(scanner);

        api(shower.accessToken()).body(Map.of("code", code)).post("/api/v1/connections/scan").then().statusCode(200)
                .body("id", equalTo(id.toString()));
    }

    @Test
    void scanningYourOwnCodeIsRefused() {
        problem(api(shower.accessToken()).body(Map.of("code", code(shower))).post("/api/v1/connections/scan").then().statusCode(400))
                .body("errors[0].field", equalTo("code"));
    }

    @Test
    void aForgedCodeIsRefused() {
        problem(api(scanner.accessToken()).body(Map.of("code", "bm90LWEtcmVhbC1jb2RlLWF0LWFsbC1mb3JnZWQtYnktbWU"))
                .post("/api/v1/connections/scan").then().statusCode(400)).body("errors[0].field", equalTo("code"));
    }

    @Test
    void anExpiredCodeIsRefused() {
        String code = code(shower);
        QuarkusTransaction.requiringNew().run(() -> entityManager
                .createNativeQuery("UPDATE connect_code SET expires_at = now() - interval '1 second' WHERE account_id = :owner")
                .setParameter("owner", shower.id()).executeUpdate());

        problem(api(scanner.accessToken()).body(Map.of("code", code)).post("/api/v1/connections/scan").then().statusCode(400))
                .body("detail", org.hamcrest.Matchers.containsString("expired"));
    }

    @Test
    void onlySeatHoldersShowOrScanCodes() {
        SignedIn outsider = TestData.attendee();
        problem(api(outsider.accessToken()).post("/api/v1/events/" + eventId + "/connect-code").then().statusCode(403));
        problem(api(outsider.accessToken()).body(Map.of("code", code(shower))).post("/api/v1/connections/scan").then().statusCode(403));
    }

    @Test
    void aCodeWhoseOwnerGaveUpTheirSeatNoLongerConnects() {
        String code = code(shower);
        String seat = api(shower.accessToken()).post("/api/v1/events/" + eventId + "/registrations")
                .then().statusCode(200).extract().path("id");
        api(shower.accessToken()).delete("/api/v1/events/" + eventId + "/registrations/" + seat).then().statusCode(200);

        problem(api(scanner.accessToken()).body(Map.of("code", code)).post("/api/v1/connections/scan").then().statusCode(400))
                .body("errors[0].field", equalTo("code"));
        api(scanner.accessToken()).get("/api/v1/connections").then().body("items.size()", equalTo(0));
    }

    @Test
    void connectionsAreSearchedByNameCityAndSpecialty() {
        Profiles.save(shower.accessToken(), Profiles.body(Map.of("fullName", "Dr. Zelda Quince", "city", "Annapolis")));
        Introductions.connectByScan(scanner.accessToken(), shower.accessToken(), eventId);

        for (String q : new String[] {"quince", "annapolis", "ophthalmology"}) {
            api(scanner.accessToken()).queryParam("q", q).get("/api/v1/connections").then().statusCode(200)
                    .body("items.size()", equalTo(1)).body("items[0].person.fullName", equalTo("Dr. Zelda Quince"));
        }
        api(scanner.accessToken()).queryParam("q", "dermatology").get("/api/v1/connections").then().statusCode(200)
                .body("items.size()", equalTo(0));
    }

    @Test
    void someoneElsesConnectionIsNotFound() {
        UUID id = Introductions.connectByScan(scanner.accessToken(), shower.accessToken(), eventId);
        SignedIn stranger = TestData.attendee();

        problem(api(stranger.accessToken()).get("/api/v1/connections/" + id).then().statusCode(404));
        problem(api(stranger.accessToken()).body(Map.of("consent", "GRANTED")).put("/api/v1/connections/" + id + "/cell-consent")
                .then().statusCode(404));
        problem(api(organizer.accessToken()).get("/api/v1/connections/" + id + "/notes").then().statusCode(404));
    }

    @Test
    void undecidedIsNotAConsentAnyoneSets() {
        UUID id = Introductions.connectByScan(scanner.accessToken(), shower.accessToken(), eventId);
        problem(outsideTheContract(shower).body(Map.of("consent", "UNDECIDED")).put("/api/v1/connections/" + id + "/cell-consent")
                .then().statusCode(400));
    }

    @Test
    void bothSidesDecidingCellConsentAtOnceKeepBothDecisions() throws Exception {
        UUID id = Introductions.connectByScan(scanner.accessToken(), shower.accessToken(), eventId);

        for (String consent : List.of("GRANTED", "REFUSED", "GRANTED")) {
            List<Integer> statuses = Concurrently.fireAtOnce(Stream.of(shower, scanner, shower, scanner, shower, scanner)
                    .map(side -> (Callable<Integer>) () -> api(side.accessToken()).body(Map.of("consent", consent))
                            .put("/api/v1/connections/" + id + "/cell-consent").statusCode())
                    .toList());

            assertThat(statuses).containsOnly(200);
            api(shower.accessToken()).get("/api/v1/connections/" + id).then()
                    .body("myCellConsent", equalTo(consent)).body("theirCellConsent", equalTo(consent));
        }
    }

    @Test
    void notesArePrivateToTheirAuthor() {
        UUID id = Introductions.connectByScan(scanner.accessToken(), shower.accessToken(), eventId);
        String noteId = api(scanner.accessToken()).body(Map.of("body", "Wants cataract referrals; call after Tuesday clinic"))
                .post("/api/v1/connections/" + id + "/notes").then().statusCode(201).extract().path("id");

        api(scanner.accessToken()).get("/api/v1/connections/" + id + "/notes").then().statusCode(200)
                .body("items.size()", equalTo(1)).body("items[0].body", equalTo("Wants cataract referrals; call after Tuesday clinic"));
        api(shower.accessToken()).get("/api/v1/connections/" + id + "/notes").then().statusCode(200).body("items.size()", equalTo(0));
        problem(api(shower.accessToken()).body(Map.of("body", "overwritten"))
                .patch("/api/v1/connections/" + id + "/notes/" + noteId).then().statusCode(404));
        problem(api(shower.accessToken()).delete("/api/v1/connections/" + id + "/notes/" + noteId).then().statusCode(404));
        problem(api(organizer.accessToken()).get("/api/v1/connections/" + id + "/notes").then().statusCode(404));
        api(shower.accessToken()).get("/api/v1/connections/" + id).then().statusCode(200)
                .body(org.hamcrest.Matchers.not(org.hamcrest.Matchers.containsString("cataract referrals")));
    }

    @Test
    void theAuthorRewritesAndDeletesTheirNote() {
        UUID id = Introductions.connectByScan(scanner.accessToken(), shower.accessToken(), eventId);
        String noteId = Api.followLocation(api(scanner.accessToken()).body(Map.of("body", "First thoughts"))
                .post("/api/v1/connections/" + id + "/notes").then().statusCode(201).extract(), scanner.accessToken()).path("id");

        api(scanner.accessToken()).body(Map.of("body", "Second thoughts"))
                .patch("/api/v1/connections/" + id + "/notes/" + noteId).then().statusCode(200).body("body", equalTo("Second thoughts"));
        api(scanner.accessToken()).delete("/api/v1/connections/" + id + "/notes/" + noteId).then().statusCode(204);
        api(scanner.accessToken()).get("/api/v1/connections/" + id + "/notes").then().body("items.size()", equalTo(0));
    }

    @Test
    void aBlankNoteIsRefused() {
        UUID id = Introductions.connectByScan(scanner.accessToken(), shower.accessToken(), eventId);
        problem(outsideTheContract(scanner).body(Map.of("body", " ")).post("/api/v1/connections/" + id + "/notes").then().statusCode(400))
                .body("errors[0].field", equalTo("body"));
    }

    private String code(SignedIn owner) {
        return api(owner.accessToken()).post("/api/v1/events/" + eventId + "/connect-code").then().statusCode(200)
                .extract().path("code");
    }

    /** Bad input the contract itself forbids, so the request is not validated against it. */
    private static io.restassured.specification.RequestSpecification outsideTheContract(SignedIn caller) {
        return Api.raw().contentType("application/json").header("Authorization", "Bearer " + caller.accessToken());
    }

    private static ValidatableResponse problem(ValidatableResponse response) {
        return response.contentType("application/problem+json");
    }
}
