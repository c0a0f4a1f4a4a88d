package app.rounds.account;

import static app.rounds.support.Api.api;
import static app.rounds.support.Api.raw;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;

import java.time.Duration;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import org.junit.jupiter.api.Test;

import app.rounds.mail.Mailbox;
import app.rounds.support.TestData;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;

/** "Forgot password": the same answer for any address, a link that works once for 30 minutes, every login ended. */
@QuarkusTest
class PasswordResetTest {

    private static final Pattern LINK = Pattern.compile("http://localhost:8080/reset-password\\?token=([A-Za-z0-9_-]{43})");
    private static final String NEW_PASSWORD = "a-brand-new-passphrase";
    private static final String RESET_SUBJECT = "Reset your Rounds password";

    @Inject
    EntityManager entityManager;

    @Test
    void knownAndUnknownAddressesGetTheSameAnswerAndOnlyAnAccountGetsMail() {
        var attendee = TestData.attendee();
        String unknown = TestData.uniqueEmail();

        var known = requestReset(attendee.email()).statusCode(202).extract();
        var stranger = requestReset(unknown).statusCode(202).extract();

        assertThat(stranger.body().asString()).isEqualTo(known.body().asString());
        assertThat(stranger.contentType()).isEqualTo(known.contentType());
        assertThat(Mailbox.subject(Mailbox.awaitAtLeast(attendee.email(), 1).get(0))).isEqualTo(RESET_SUBJECT);
        assertThat(Mailbox.subjectsSettled(unknown)).isEmpty();
    }

    @Test
    void theLinkSetsANewPasswordOnceEndsEveryLoginAndConfirmsTheAddress() {
        var attendee = TestData.unverifiedAttendee();
        String token = resetToken(attendee.email());

        confirm(token, NEW_PASSWORD).statusCode(204);

        api().cookie("rounds_refresh", attendee.refreshToken()).post("/api/v1/auth/refresh").then().statusCode(401);
        logIn(attendee.email(), TestData.PASSWORD).statusCode(401);
        String accessToken = logIn(attendee.email(), NEW_PASSWORD).statusCode(200).extract().path("accessToken");
        api(accessToken).get("/api/v1/me").then().body("emailVerified", equalTo(true));

        confirm(token, "yet-another-passphrase").statusCode(400).contentType("application/problem+json")
                .body("errors[0].field", equalTo("token")).body("detail", containsString("already used"));
        logIn(attendee.email(), NEW_PASSWORD).statusCode(200);
    }

    @Test
    void theLinkExpiresAfterThirtyMinutes() {
        var attendee = TestData.attendee();
        String token = resetToken(attendee.email());
        Object lifetime = QuarkusTransaction.requiringNew().call(() -> entityManager.createNativeQuery(
                        "SELECT extract(epoch FROM expires_at - created_at) FROM account_token WHERE account_id = :a AND purpose = 'PASSWORD_RESET'")
                .setParameter("a", attendee.id()).getSingleResult());
        assertThat(Math.round(((Number) lifetime).doubleValue())).isEqualTo(Duration.ofMinutes(30).toSeconds());
        QuarkusTransaction.requiringNew().run(() -> entityManager.createNativeQuery(
                        "UPDATE account_token SET expires_at = now() - interval '1 second' WHERE account_id = :a AND purpose = 'PASSWORD_RESET'")
                .setParameter("a", attendee.id()).executeUpdate());

        confirm(token, NEW_PASSWORD).statusCode(400).contentType("application/problem+json")
                .body("errors[0].field", equalTo("token")).body("detail", containsString("expired"));
        logIn(attendee.email(), TestData.PASSWORD).statusCode(200);
    }

    @Test
    void aConfirmationLinkDoesNotResetAPassword() {
        var attendee = TestData.unverifiedAttendee();
        String verificationToken = EmailVerificationTest.tokenIn(Mailbox.text(Mailbox.awaitConfirmation(attendee.email())));

        confirm(verificationToken, NEW_PASSWORD).statusCode(400).body("detail", containsString("not valid"));
        logIn(attendee.email(), TestData.PASSWORD).statusCode(200);
    }

    @Test
    void requestsPerAddressAreThrottledAlikeForKnownAndUnknownAddresses() {
        var attendee = TestData.attendee();
        String unknown = TestData.uniqueEmail();
        for (int i = 0; i < 3; i++) {
            requestReset(attendee.email()).statusCode(202);
            requestReset(unknown).statusCode(202);
        }
        var knownRefusal = requestReset(attendee.email()).statusCode(429).header("Retry-After", notNullValue()).extract();
        var unknownRefusal = requestReset(unknown).statusCode(429).header("Retry-After", notNullValue()).extract();
        assertThat(unknownRefusal.<String>path("detail")).isEqualTo(knownRefusal.path("detail"));
    }

    @Test
    void badInputIsRefusedNamingTheField() {
        raw().contentType("application/json").body("{\"email\":\"not an address\"}").post("/api/v1/auth/password-reset")
                .then().statusCode(400).contentType("application/problem+json").body("errors[0].field", containsString("email"));
        raw().contentType("application/json").body("{}").post("/api/v1/auth/password-reset")
                .then().statusCode(400).contentType("application/problem+json").body("errors[0].field", containsString("email"));
        raw().contentType("application/json").body("{\"token\":\"whatever\",\"newPassword\":\"short\"}")
                .post("/api/v1/auth/password-reset/confirm")
                .then().statusCode(400).contentType("application/problem+json").body("errors[0].field", containsString("newPassword"));
        raw().contentType("application/json").body("{\"token\":\"malformed\",\"newPassword\":\"" + NEW_PASSWORD + "\"}")
                .post("/api/v1/auth/password-reset/confirm")
                .then().statusCode(400).contentType("application/problem+json").body("errors[0].field", equalTo("token"))
                .body("detail", containsString("not valid"));
    }

    private static String resetToken(String email) {
        requestReset(email).statusCode(202);
        var mail = Mailbox.awaitAtLeast(email, 1).get(0);
        assertThat(Mailbox.subject(mail)).isEqualTo(RESET_SUBJECT);
        assertThat(Mailbox.header(mail, "List-Unsubscribe")).isNull();
        assertThat(Mailbox.text(mail)).contains("for 30 minutes");
        Matcher link = LINK.matcher(Mailbox.text(mail));
        assertThat(link.find()).as("a reset link").isTrue();
        return link.group(1);
    }

    private static ValidatableResponse requestReset(String email) {
        return api().body(Map.of("email", email)).post("/api/v1/auth/password-reset").then();
    }

    private static ValidatableResponse confirm(String token, String newPassword) {
        return api().body(Map.of("token", token, "newPassword", newPassword)).post("/api/v1/auth/password-reset/confirm").then();
    }

    private static ValidatableResponse logIn(String email, String password) {
        return api().body(Map.of("email", email, "password", password)).post("/api/v1/auth/login").then();
    }
}
