package app.rounds.account;

import static app.rounds.support.Api.api;
import static app.rounds.support.Api.raw;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.startsWith;

import java.util.Map;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import app.rounds.support.TestData;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.Cookie;

@QuarkusTest
class AuthResourceTest {

    @Inject
    AccountRepository accounts;

    @Test
    void signUpCreatesAttendeeAndStartsSession() {
        String email = TestData.uniqueEmail();
        var response = api().body(Map.of("email", email.toUpperCase(), "password", TestData.PASSWORD, "displayName", "Dr. Ada Park"))
                .post("/api/v1/auth/signup")
                .then().statusCode(201)
                .header("Location", containsString("/api/v1/me"))
                .body("tokenType", equalTo("Bearer"))
                .body("expiresIn", equalTo(600))
                .body("account.email", equalTo(email))
                .body("account.roles", equalTo(java.util.List.of("ATTENDEE")))
                .extract();
        Cookie cookie = response.detailedCookie("rounds_refresh");
        assertThat(cookie.isHttpOnly()).isTrue();
        assertThat(cookie.isSecured()).isTrue();
        assertThat(cookie.getSameSite()).isEqualTo("Strict");
        assertThat(cookie.getPath()).isEqualTo("/api/v1/auth");

        api(response.path("accessToken")).get("/api/v1/me")
                .then().statusCode(200).body("email", equalTo(email)).body("displayName", equalTo("Dr. Ada Park"));
    }

    @Test
    void passwordIsStoredAsArgon2idHash() {
        var attendee = TestData.attendee();
        String hash = io.quarkus.narayana.jta.QuarkusTransaction.requiringNew()
                .call(() -> accounts.findById(attendee.id()).passwordHash());
        assertThat(hash).startsWith("$argon2id$").doesNotContain(TestData.PASSWORD);
    }

    @Test
    void signingUpWithATakenEmailConflictsWhateverTheCase() {
        var existing = TestData.attendee();
        api().body(Map.of("email", existing.email().toUpperCase(), "password", TestData.PASSWORD, "displayName", "Dr. Copy"))
                .post("/api/v1/auth/signup")
                .then().statusCode(409).contentType("application/problem+json").body("status", equalTo(409));
    }

    @Test
    void signUpNamesEachInvalidField() {
        raw().contentType("application/json")
                .body(Map.of("email", "not-an-email", "password", "short", "displayName", ""))
                .post("/api/v1/auth/signup")
                .then().statusCode(400).contentType("application/problem+json")
                .body("errors.field", equalTo(java.util.List.of("displayName", "email", "password")))
                .body("requestId", notNullValue());
    }

    @Test
    void unknownEmailAndWrongPasswordAnswerAlike() {
        var attendee = TestData.attendee();
        var wrongPassword = api().body(Map.of("email", attendee.email(), "password", "wrong-password-123"))
                .post("/api/v1/auth/login").then().statusCode(401).contentType("application/problem+json").extract();
        var unknownEmail = api().body(Map.of("email", TestData.uniqueEmail(), "password", "wrong-password-123"))
                .post("/api/v1/auth/login").then().statusCode(401).contentType("application/problem+json").extract();
        assertThat(wrongPassword.<String>path("detail")).isEqualTo(unknownEmail.path("detail"));
        assertThat(wrongPassword.<String>path("title")).isEqualTo(unknownEmail.path("title"));
    }

    @Test
    void repeatedFailedLoginsForAnAccountAreRefusedForAWhile() {
        var attendee = TestData.attendee();
        for (int attempt = 0; attempt < 5; attempt++) {
            api().body(Map.of("email", attendee.email(), "password", "wrong-password-123"))
                    .post("/api/v1/auth/login").then().statusCode(401);
        }
        api().body(Map.of("email", attendee.email(), "password", TestData.PASSWORD))
                .post("/api/v1/auth/login")
                .then().statusCode(429).contentType("application/problem+json")
                .header("Retry-After", notNullValue());
    }

    @Test
    void logoutRevokesTheRefreshTokenAndClearsTheCookie() {
        var attendee = TestData.attendee();
        String cleared = api().cookie("rounds_refresh", attendee.refreshToken()).post("/api/v1/auth/logout")
                .then().statusCode(204).extract().header("Set-Cookie");
        assertThat(cleared).contains("rounds_refresh=;").contains("Max-Age=0");
        api().cookie("rounds_refresh", attendee.refreshToken()).post("/api/v1/auth/refresh")
                .then().statusCode(401);
    }

    @Test
    void refreshWithoutCookieIsUnauthenticated() {
        api().post("/api/v1/auth/refresh")
                .then().statusCode(401).contentType("application/problem+json")
                .header("WWW-Authenticate", startsWith("Bearer"));
    }

    @Test
    void configuredAdminIsAnOrganizer() {
        var organizer = TestData.organizer();
        api(organizer.accessToken()).get("/api/v1/me")
                .then().statusCode(200).body("roles", hasItem("ORGANIZER"));
    }
}
