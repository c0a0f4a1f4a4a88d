package app.rounds.account;

import static app.rounds.support.Api.api;
import static app.rounds.support.Api.raw;
import static org.hamcrest.Matchers.equalTo;

import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import app.rounds.support.TestData;
import app.rounds.support.TestTokens;
import io.quarkus.test.junit.QuarkusTest;

@QuarkusTest
class MeResourceTest {

    @Test
    void meReturnsTheCallersAccount() {
        var attendee = TestData.attendee();
        api(attendee.accessToken()).get("/api/v1/me")
                .then().statusCode(200).body("id", equalTo(attendee.id().toString())).body("email", equalTo(attendee.email()));
    }

    @Test
    void meWithoutTokenIsRefused() {
        raw().get("/api/v1/me").then().statusCode(401).contentType("application/problem+json");
    }

    @Test
    void meWithExpiredTokenIsRefused() {
        var attendee = TestData.attendee();
        api(TestTokens.expired(attendee.id())).get("/api/v1/me").then().statusCode(401).contentType("application/problem+json");
    }

    @Test
    void meWithTokenFromAnotherIssuerIsRefused() {
        var attendee = TestData.attendee();
        api(TestTokens.wrongIssuer(attendee.id())).get("/api/v1/me").then().statusCode(401);
    }

    @Test
    void meWithTokenForAnotherAudienceIsRefused() {
        var attendee = TestData.attendee();
        api(TestTokens.wrongAudience(attendee.id())).get("/api/v1/me").then().statusCode(401);
    }

    @Test
    void meWithForgedSignatureIsRefused() {
        var attendee = TestData.attendee();
        api(TestTokens.forged(attendee.id())).get("/api/v1/me").then().statusCode(401);
    }

    @Test
    void meWithGarbageTokenIsRefused() {
        raw().auth().oauth2("not.a.jwt").get("/api/v1/me").then().statusCode(401).contentType("application/problem+json");
    }

    @Test
    void tokenSignedWithThePreviousKeyStillWorksAfterRotation() {
        var attendee = TestData.attendee();
        api(TestTokens.signedWithPreviousKey(attendee.id(), Set.of("ATTENDEE"))).get("/api/v1/me")
                .then().statusCode(200).body("id", equalTo(attendee.id().toString()));
    }

    @Test
    void tokenOfADeletedAccountIsRefused() {
        api(TestTokens.signedWithPreviousKey(UUID.randomUUID(), Set.of("ATTENDEE"))).get("/api/v1/me")
                .then().statusCode(401).contentType("application/problem+json");
    }
}
