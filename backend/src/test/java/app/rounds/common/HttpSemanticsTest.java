package app.rounds.common;

import static app.rounds.support.Api.raw;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import java.util.UUID;

import org.junit.jupiter.api.Test;

import app.rounds.support.Events;
import app.rounds.support.Introductions;
import app.rounds.support.TestData;
import io.quarkus.test.junit.QuarkusTest;

/** What a generic HTTP client expects: 405 with Allow for a method a path lacks, a 406 that says what is on offer. */
@QuarkusTest
class HttpSemanticsTest {

    @Test
    void aMethodThePathDoesNotSupportIsA405NamingTheOnesItDoes() {
        String token = TestData.organizer().accessToken();
        raw().header("Authorization", "Bearer " + token).delete("/api/v1/events")
                .then().statusCode(405).contentType("application/problem+json").header("Allow", "GET, POST");
        raw().header("Authorization", "Bearer " + token).put("/api/v1/events/" + UUID.randomUUID())
                .then().statusCode(405).contentType("application/problem+json").header("Allow", "GET, PATCH");
        raw().get("/api/v1/auth/login").then().statusCode(405).header("Allow", "POST");
    }

    @Test
    void anUnknownPathIsStillA404() {
        raw().delete("/api/v1/no-such-thing").then().statusCode(404).contentType("application/problem+json");
    }

    @Test
    void aNotAcceptableAnswerNamesWhatTheOperationOffers() {
        var organizer = TestData.organizer();
        UUID eventId = Events.published(organizer.accessToken(), 5);
        var one = TestData.attendee();
        var other = TestData.attendee();
        Events.register(one.accessToken(), eventId);
        Events.register(other.accessToken(), eventId);
        UUID connection = Introductions.connectByScan(one.accessToken(), other.accessToken(), eventId);

        raw().header("Authorization", "Bearer " + one.accessToken()).accept("application/xml")
                .get("/api/v1/connections/" + connection + "/vcard")
                .then().statusCode(406).contentType("application/problem+json").body("detail", containsString("text/vcard"));
        raw().header("Authorization", "Bearer " + one.accessToken()).accept("text/csv").get("/api/v1/events/" + eventId)
                .then().statusCode(406).body("detail", containsString("application/json"))
                .body("status", equalTo(406));
    }
}
