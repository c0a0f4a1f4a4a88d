package app.rounds.account;

import static app.rounds.support.Api.api;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.notNullValue;

import java.util.UUID;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import org.junit.jupiter.api.Test;

import app.rounds.support.TestData;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;

/** Rotating refresh tokens: replay detection, the grace for a lost answer, and the session's absolute lifetime. */
@QuarkusTest
class RefreshSessionTest {

    @Inject
    EntityManager entityManager;

    @Test
    void refreshRotatesTheTokenAndAReplayAfterTheGraceWindowEndsTheLogin() {
        var attendee = TestData.attendee();
        String rotated = refresh(attendee.refreshToken());
        assertThat(rotated).isNotEqualTo(attendee.refreshToken());
        shiftTimes(attendee.id(), "rotated_at", "1 minute");

        refused(attendee.refreshToken());
        refused(rotated);
    }

    @Test
    void theJustReplacedTokenWorksOnceMoreForAClientThatLostTheAnswer() {
        var attendee = TestData.attendee();
        String lost = refresh(attendee.refreshToken());

        String recovered = refresh(attendee.refreshToken());

        assertThat(recovered).isNotEqualTo(lost);
        String next = refresh(recovered);
        assertThat(next).isNotEqualTo(recovered);
        // The successor that was lost was revoked in its place: if it surfaces after all, it is a replay.
        refused(lost);
        refused(next);
    }

    @Test
    void aSecondUseOfTheGraceIsAReplayThatEndsTheLogin() {
        var attendee = TestData.attendee();
        refresh(attendee.refreshToken());
        String recovered = refresh(attendee.refreshToken());

        refused(attendee.refreshToken());
        refused(recovered);
    }

    @Test
    void theGraceDoesNotReviveALoginThatWasLoggedOut() {
        var attendee = TestData.attendee();
        String rotated = refresh(attendee.refreshToken());
        api().cookie("rounds_refresh", rotated).post("/api/v1/auth/logout").then().statusCode(204);

        refused(attendee.refreshToken());
    }

    @Test
    void aLoginEndsAtItsAbsoluteLifetimeHoweverOftenItIsRefreshed() {
        var attendee = TestData.attendee();
        String rotated = refresh(attendee.refreshToken());
        shiftTimes(attendee.id(), "session_started_at", "31 days");

        api().cookie("rounds_refresh", rotated).post("/api/v1/auth/refresh")
                .then().statusCode(401).contentType("application/problem+json").body("detail", containsString("expired"));
    }

    private static String refresh(String token) {
        return api().cookie("rounds_refresh", token).post("/api/v1/auth/refresh")
                .then().statusCode(200).body("accessToken", notNullValue()).extract().cookie("rounds_refresh");
    }

    private static void refused(String token) {
        api().cookie("rounds_refresh", token).post("/api/v1/auth/refresh").then().statusCode(401).contentType("application/problem+json");
    }

    /** Moves one of the account's token timestamps into the past, as if that much time had gone by. */
    private void shiftTimes(UUID accountId, String column, String interval) {
        QuarkusTransaction.requiringNew().run(() -> entityManager
                .createNativeQuery("UPDATE refresh_token SET " + column + " = " + column + " - cast(:interval AS interval)"
                        + " WHERE account_id = :account")
                .setParameter("interval", interval)
                .setParameter("account", accountId)
                .executeUpdate());
    }
}
