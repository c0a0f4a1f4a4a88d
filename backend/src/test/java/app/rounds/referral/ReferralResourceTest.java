package app.rounds.referral;

import static app.rounds.support.Api.api;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;

import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import app.rounds.support.Api;
import app.rounds.support.Events;
import app.rounds.support.Introductions;
import app.rounds.support.Profiles;
import app.rounds.support.TestData;
import app.rounds.support.TestData.SignedIn;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;

@QuarkusTest
class ReferralResourceTest {

    private SignedIn author;
    private SignedIn colleague;
    private UUID connectionId;
    private final String lastMonth = YearMonth.now(ZoneOffset.UTC).minusMonths(1).toString();

    @BeforeEach
    void aConnection() {
        SignedIn organizer = TestData.organizer();
        UUID eventId = Events.published(organizer.accessToken(), 20);
        author = TestData.attendee();
        colleague = TestData.attendee();
        Profiles.save(colleague.accessToken(), Profiles.body());
        Events.register(author.accessToken(), eventId);
        Events.register(colleague.accessToken(), eventId);
        connectionId = Introductions.connectByScan(author.accessToken(), colleague.accessToken(), eventId);
    }

    @Test
    void theAuthorRecordsAndReadsTheirReportsWithTagsFromTheProfiles() {
        api(author.accessToken()).body(Map.of("month", lastMonth, "count", 3, "direction", "SENT",
                        "procedureTag", "Retinal  Detachment"))
                .post(reports()).then().statusCode(201)
                .body("month", equalTo(lastMonth)).body("count", equalTo(3)).body("procedureTag", equalTo("retinal detachment"));
        api(author.accessToken()).body(Map.of("month", lastMonth, "count", 1, "direction", "RECEIVED")).post(reports())
                .then().statusCode(201).body("procedureTag", nullValue());

        api(author.accessToken()).get(reports()).then().statusCode(200)
                .body("items", hasSize(2))
                .body("items.direction", containsInAnyOrder("SENT", "RECEIVED"))
                .body("procedureTags", containsInAnyOrder("retinal detachment", "diabetic retinopathy", "cataract surgery"));
    }

    @Test
    void onlyTheAuthorReadsAReport() {
        api(author.accessToken()).body(Map.of("month", lastMonth, "count", 2, "direction", "SENT")).post(reports())
                .then().statusCode(201);

        api(colleague.accessToken()).get(reports()).then().statusCode(200).body("items", hasSize(0));
        problem(api(TestData.attendee().accessToken()).get(reports()).then().statusCode(404));
        problem(api(TestData.organizer().accessToken()).get(reports()).then().statusCode(404));
        problem(Api.raw().get(reports()).then().statusCode(401));
    }

    @Test
    void someoneElsesConnectionTakesNoReport() {
        problem(api(TestData.attendee().accessToken()).body(Map.of("month", lastMonth, "count", 2, "direction", "SENT"))
                .post(reports()).then().statusCode(404));
    }

    @Test
    void aTagNoProfileNamesIsRefused() {
        problem(api(author.accessToken()).body(Map.of("month", lastMonth, "count", 2, "direction", "SENT",
                        "procedureTag", "John Smith, 04/12/1961"))
                .post(reports()).then().statusCode(400)).body("errors[0].field", equalTo("procedureTag"));
    }

    @Test
    void aFutureMonthAndAnImpossibleCountAreRefused() {
        String nextMonth = YearMonth.now(ZoneOffset.UTC).plusMonths(1).toString();
        problem(api(author.accessToken()).body(Map.of("month", nextMonth, "count", 2, "direction", "SENT"))
                .post(reports()).then().statusCode(400)).body("errors[0].field", equalTo("month"));
        problem(Api.raw().header("Authorization", "Bearer " + author.accessToken()).contentType("application/json")
                .body(Map.of("month", lastMonth, "count", 0, "direction", "SENT"))
                .post(reports()).then().statusCode(400)).body("errors[0].field", equalTo("count"));
        problem(Api.raw().header("Authorization", "Bearer " + author.accessToken()).contentType("application/json")
                .body(Map.of("month", "2026-13", "count", 1, "direction", "SENT"))
                .post(reports()).then().statusCode(400)).body("errors[0].field", equalTo("month"));
    }

    @Test
    void aReportHasNoFreeTextField() {
        problem(Api.raw().header("Authorization", "Bearer " + author.accessToken()).contentType("application/json")
                .body(Map.of("month", lastMonth, "count", 1, "direction", "SENT", "note", "Mrs. Jones, retina"))
                .post(reports()).then().statusCode(400));
    }

    private String reports() {
        return "/api/v1/connections/" + connectionId + "/referral-reports";
    }

    private static ValidatableResponse problem(ValidatableResponse response) {
        return response.contentType("application/problem+json");
    }
}
