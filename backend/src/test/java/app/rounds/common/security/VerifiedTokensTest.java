package app.rounds.common.security;

import static app.rounds.support.Api.api;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import app.rounds.support.TestData;
import app.rounds.support.TestData.SignedIn;
import app.rounds.support.TestTokens;
import io.quarkus.test.junit.QuarkusTest;

/** A bearer token is verified once and then remembered until its expiry; nothing else is ever taken on trust. */
@QuarkusTest
class VerifiedTokensTest {

    @Inject
    VerifiedTokens verifiedTokens;

    @Test
    void aTokenVerifiedOnceIsRememberedForItsLaterRequests() {
        SignedIn attendee = TestData.attendee();
        String token = TestTokens.expiringIn(attendee.id(), 300);
        assertThat(verifiedTokens.remembers(token)).as("before any request").isFalse();
        api(token).get("/api/v1/me").then().statusCode(200).body("id", equalTo(attendee.id().toString()));
        assertThat(verifiedTokens.remembers(token)).as("after the first").isTrue();
        api(token).get("/api/v1/me").then().statusCode(200).body("id", equalTo(attendee.id().toString()));
    }

    @Test
    void aTamperedCopyOfARememberedTokenIsRefused() {
        SignedIn attendee = TestData.attendee();
        api(attendee.accessToken()).get("/api/v1/me").then().statusCode(200);
        String token = attendee.accessToken();
        int signatureStart = token.lastIndexOf('.') + 1;
        char flipped = token.charAt(signatureStart) == 'A' ? 'B' : 'A';
        String tampered = token.substring(0, signatureStart) + flipped + token.substring(signatureStart + 1);

        api(tampered).get("/api/v1/me").then().statusCode(401);
        assertThat(verifiedTokens.remembers(tampered)).isFalse();
        api(TestTokens.forged(attendee.id())).get("/api/v1/me").then().statusCode(401);
    }

    @Test
    void aRememberedTokenIsForgottenAtItsExpiry() throws InterruptedException {
        SignedIn attendee = TestData.attendee();
        String shortLived = TestTokens.expiringIn(attendee.id(), 2);
        api(shortLived).get("/api/v1/me").then().statusCode(200);
        assertThat(verifiedTokens.remembers(shortLived)).isTrue();

        Thread.sleep(3_000);

        assertThat(verifiedTokens.remembers(shortLived)).isFalse();
    }

    @Test
    void anExpiredTokenIsRefusedEvenWhenItsSubjectHasOneRemembered() {
        SignedIn attendee = TestData.attendee();
        api(attendee.accessToken()).get("/api/v1/me").then().statusCode(200);
        String expired = TestTokens.expired(attendee.id());
        api(expired).get("/api/v1/me").then().statusCode(401);
        assertThat(verifiedTokens.remembers(expired)).isFalse();
    }
}
