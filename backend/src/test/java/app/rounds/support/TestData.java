package app.rounds.support;

import static app.rounds.support.Api.api;

import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;

import jakarta.persistence.EntityManager;

import io.quarkus.arc.Arc;
import io.quarkus.narayana.jta.QuarkusTransaction;

/** Makes the data a test needs through the public API, each time new, so tests never depend on each other. */
public final class TestData {

    public static final String PASSWORD = "correct-horse-battery";
    public static final String ADMIN_EMAIL = "admin@rounds.test";
    public static final String ADMIN_PASSWORD = "rounds-admin-password";
    private static final AtomicInteger SEQUENCE = new AtomicInteger();

    private TestData() {
    }

    public static String uniqueEmail() {
        return "dr." + UUID.randomUUID().toString().substring(0, 8) + "." + SEQUENCE.incrementAndGet() + "@example.org";
    }

    /**
     * A new attendee, signed up, with a confirmed address (as after following the mailed link; EmailVerificationTest
     * proves the link itself) and a fresh access token.
     */
    public static SignedIn attendee() {
        SignedIn attendee = unverifiedAttendee();
        confirmEmail(attendee.id());
        return attendee;
    }

    /** A new attendee just after sign-up: the confirmation mail is on its way and the address not yet confirmed. */
    public static SignedIn unverifiedAttendee() {
        String email = uniqueEmail();
        var response = api().body(Map.of("email", email, "password", PASSWORD, "displayName", "Dr. Test " + SEQUENCE.get()))
                .post("/api/v1/auth/signup")
                .then().statusCode(201).extract();
        String accessToken = response.path("accessToken");
        api(accessToken).get(response.header("Location")).then().statusCode(200)
                .body("id", org.hamcrest.Matchers.equalTo(response.path("account.id")));
        return new SignedIn(UUID.fromString(response.path("account.id")), email, accessToken,
                response.cookie("rounds_refresh"));
    }

    /** Confirms the account's address directly in the database, the one shortcut tests take past the mailed link. */
    public static void confirmEmail(UUID accountId) {
        QuarkusTransaction.requiringNew().run(() -> Arc.container().instance(EntityManager.class).get()
                .createNativeQuery("UPDATE account SET email_verified_at = now() WHERE id = :id")
                .setParameter("id", accountId)
                .executeUpdate());
    }

    /** The organizer created from configuration at start. */
    public static SignedIn organizer() {
        var response = api().body(Map.of("email", ADMIN_EMAIL, "password", ADMIN_PASSWORD))
                .post("/api/v1/auth/login")
                .then().statusCode(200).extract();
        return new SignedIn(UUID.fromString(response.path("account.id")), ADMIN_EMAIL, response.path("accessToken"),
                response.cookie("rounds_refresh"));
    }

    public record SignedIn(UUID id, String email, String accessToken, String refreshToken) {
    }
}
