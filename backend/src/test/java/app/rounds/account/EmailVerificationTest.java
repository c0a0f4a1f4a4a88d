package app.rounds.account;

import static app.rounds.support.Api.api;
import static app.rounds.support.Api.raw;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;

import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import org.junit.jupiter.api.Test;

import app.rounds.mail.Mailbox;
import app.rounds.support.Events;
import app.rounds.support.Introductions;
import app.rounds.support.Profiles;
import app.rounds.support.TestData;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;

/** Sign-up mails a confirmation link; until it is followed the account may look around but not reach out. */
@QuarkusTest
class EmailVerificationTest {

    private static final Pattern LINK = Pattern.compile("http://localhost:8080/verify-email\\?token=([A-Za-z0-9_-]{43})");
    private static final String NOT_VERIFIED = "https://rounds.app/problems/email-not-verified";

    @Inject
    EntityManager entityManager;

    @Test
    void signUpMailsAConfirmationLinkWhoseTokenConfirmsTheAddress() {
        var attendee = TestData.unverifiedAttendee();
        api(attendee.accessToken()).get("/api/v1/me").then().statusCode(200).body("emailVerified", equalTo(false));

        var mail = Mailbox.awaitConfirmation(attendee.email());
        assertThat(Mailbox.header(mail, "List-Unsubscribe")).as("account mail is not a list").isNull();
        assertThat(Mailbox.html(mail)).contains("/verify-email?token=");
        confirm(tokenIn(Mailbox.text(mail))).statusCode(204);

        api(attendee.accessToken()).get("/api/v1/me").then().statusCode(200).body("emailVerified", equalTo(true));
    }

    @Test
    void aConfirmationLinkWorksOnce() {
        var attendee = TestData.unverifiedAttendee();
        String token = tokenIn(Mailbox.text(Mailbox.awaitConfirmation(attendee.email())));
        confirm(token).statusCode(204);

        confirm(token).statusCode(400).contentType("application/problem+json")
                .body("errors[0].field", equalTo("token"))
                .body("detail", containsString("already used"));
    }

    @Test
    void anExpiredConfirmationLinkIsRefusedAndTheAddressStaysUnconfirmed() {
        var attendee = TestData.unverifiedAttendee();
        String token = tokenIn(Mailbox.text(Mailbox.awaitConfirmation(attendee.email())));
        QuarkusTransaction.requiringNew().run(() -> entityManager
                .createNativeQuery("UPDATE account_token SET expires_at = now() - interval '1 second' WHERE account_id = :a")
                .setParameter("a", attendee.id()).executeUpdate());

        confirm(token).statusCode(400).contentType("application/problem+json")
                .body("errors[0].field", equalTo("token"))
                .body("detail", containsString("expired"));
        api(attendee.accessToken()).get("/api/v1/me").then().body("emailVerified", equalTo(false));
    }

    @Test
    void aSentConfirmationMailLeavesNoTokenInTheOutbox() {
        var attendee = TestData.unverifiedAttendee();
        Mailbox.awaitConfirmation(attendee.email());
        org.awaitility.Awaitility.await().atMost(java.time.Duration.ofSeconds(10)).until(() -> QuarkusTransaction.requiringNew()
                .call(() -> entityManager.createNativeQuery("""
                                SELECT count(*) FROM mail_outbox
                                WHERE recipient_account_id = :a AND kind = 'EMAIL_VERIFICATION' AND sent_at IS NOT NULL AND data = '{}'::jsonb""")
                        .setParameter("a", attendee.id()).getSingleResult().equals(1L)));
    }

    @Test
    void malformedTokensAreRefusedNamingTheToken() {
        raw().contentType("application/json").body("{\"token\":\"not-a-token\"}").post("/api/v1/auth/verify-email")
                .then().statusCode(400).contentType("application/problem+json").body("errors[0].field", equalTo("token"))
                .body("detail", containsString("not valid"));
        raw().contentType("application/json").body("{}").post("/api/v1/auth/verify-email")
                .then().statusCode(400).contentType("application/problem+json").body("errors[0].field", containsString("token"));
        raw().contentType("application/json").body("{\"token\":\"" + "x".repeat(101) + "\"}").post("/api/v1/auth/verify-email")
                .then().statusCode(400).contentType("application/problem+json").body("errors[0].field", containsString("token"));
    }

    @Test
    void anUnverifiedAccountEditsItsProfileButMayNotRegister() {
        var attendee = TestData.unverifiedAttendee();
        Profiles.save(attendee.accessToken(), Profiles.body());
        UUID eventId = Events.published(TestData.organizer().accessToken(), 10);

        refusedAsUnverified(api(attendee.accessToken()).post("/api/v1/events/" + eventId + "/registrations").then());
        api(TestData.organizer().accessToken()).get("/api/v1/events/" + eventId).then().statusCode(200)
                .body("registeredCount", equalTo(0));
    }

    @Test
    void anUnverifiedAccountMayNotRequestOrAcceptIntroductions() {
        var organizer = TestData.organizer();
        UUID eventId = Events.published(organizer.accessToken(), 10);
        var unverified = TestData.unverifiedAttendee();
        var colleague = TestData.attendee();
        Profiles.save(unverified.accessToken(), Profiles.body());
        Profiles.save(colleague.accessToken(), Profiles.body());
        // An organizer may seat an unverified account; the rule is about what its owner does.
        api(organizer.accessToken()).body(Map.of("attendeeId", unverified.id())).post("/api/v1/events/" + eventId + "/registrations")
                .then().statusCode(201);
        Events.register(colleague.accessToken(), eventId);

        refusedAsUnverified(api(unverified.accessToken())
                .body(Map.of("eventId", eventId, "recipientId", colleague.id(), "reason", "We refer to each other"))
                .post("/api/v1/introductions").then());

        UUID asked = Introductions.request(colleague.accessToken(), eventId, unverified.id());
        refusedAsUnverified(api(unverified.accessToken()).post("/api/v1/introductions/" + asked + "/accept").then());
        api(unverified.accessToken()).get("/api/v1/introductions/" + asked).then().statusCode(200).body("status", equalTo("PENDING"));
    }

    @Test
    void anUnverifiedAccountMayNotShareItsCellNumberButMayRefuse() {
        var organizer = TestData.organizer();
        UUID eventId = Events.published(organizer.accessToken(), 10);
        var owner = TestData.attendee();
        var scanner = TestData.attendee();
        Profiles.save(owner.accessToken(), Profiles.body());
        Profiles.save(scanner.accessToken(), Profiles.body());
        Events.register(owner.accessToken(), eventId);
        Events.register(scanner.accessToken(), eventId);
        UUID connectionId = Introductions.connectByScan(scanner.accessToken(), owner.accessToken(), eventId);
        QuarkusTransaction.requiringNew().run(() -> entityManager
                .createNativeQuery("UPDATE account SET email_verified_at = NULL WHERE id = :a")
                .setParameter("a", owner.id()).executeUpdate());

        refusedAsUnverified(api(owner.accessToken()).body(Map.of("consent", "GRANTED"))
                .put("/api/v1/connections/" + connectionId + "/cell-consent").then());
        api(owner.accessToken()).body(Map.of("consent", "REFUSED"))
                .put("/api/v1/connections/" + connectionId + "/cell-consent").then().statusCode(200);
    }

    @Test
    void aResentLinkArrivesAndResendingIsThrottled() {
        var attendee = TestData.unverifiedAttendee();
        for (int i = 0; i < 3; i++) {
            api(attendee.accessToken()).post("/api/v1/me/email-verification").then().statusCode(202);
        }
        api(attendee.accessToken()).post("/api/v1/me/email-verification").then().statusCode(429)
                .contentType("application/problem+json").header("Retry-After", notNullValue());

        var mails = Mailbox.awaitConfirmations(attendee.email(), 4);
        confirm(tokenIn(Mailbox.text(mails.get(mails.size() - 1)))).statusCode(204);
        api(attendee.accessToken()).get("/api/v1/me").then().body("emailVerified", equalTo(true));
    }

    @Test
    void aConfirmedAccountIsToldThereIsNothingToResend() {
        var attendee = TestData.attendee();
        api(attendee.accessToken()).post("/api/v1/me/email-verification").then().statusCode(409)
                .contentType("application/problem+json");
        raw().post("/api/v1/me/email-verification").then().statusCode(401).contentType("application/problem+json");
    }

    @Test
    void theConfiguredOrganizerIsVerified() {
        api(TestData.organizer().accessToken()).get("/api/v1/me").then().statusCode(200).body("emailVerified", equalTo(true));
    }

    private static ValidatableResponse confirm(String token) {
        return api().body(Map.of("token", token)).post("/api/v1/auth/verify-email").then();
    }

    private static void refusedAsUnverified(ValidatableResponse response) {
        response.statusCode(403).contentType("application/problem+json")
                .body("type", equalTo(NOT_VERIFIED))
                .body("detail", containsString("Confirm your email address"));
    }

    static String tokenIn(String text) {
        Matcher link = LINK.matcher(text);
        assertThat(link.find()).as("a confirmation link in %s", text).isTrue();
        return link.group(1);
    }
}
