package app.rounds.retention;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import org.junit.jupiter.api.Test;

import app.rounds.support.Events;
import app.rounds.support.TestData;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;

/** Old refresh tokens and long-read notifications are deleted; what may still matter is kept. */
@QuarkusTest
class RetentionJobTest {

    @Inject
    RetentionJob job;
    @Inject
    EntityManager entityManager;

    @Test
    void deletesUnusableRefreshTokensAndLongReadNotificationsButKeepsTheRest() {
        var attendee = aLoginRefreshedOnceWithANotification();
        age(attendee, "8 days", "91 days");

        job.deleteExpired();

        assertThat(count("refresh_token", attendee)).as("the live token stays").isEqualTo(1);
        assertThat(count("notification", attendee)).isZero();
    }

    @Test
    void keepsUnreadNotificationsAndRecentlyReplacedTokens() {
        var attendee = aLoginRefreshedOnceWithANotification();
        age(attendee, "1 day", "1 day");
        QuarkusTransaction.requiringNew().run(() -> entityManager.createNativeQuery(
                        "UPDATE notification SET read_at = NULL, created_at = now() - interval '400 days' WHERE account_id = :a")
                .setParameter("a", attendee).executeUpdate());

        job.deleteExpired();

        assertThat(count("refresh_token", attendee)).isEqualTo(2);
        assertThat(count("notification", attendee)).isEqualTo(1);
    }

    @Test
    void deletesMailLinksADaySpentAndKeepsTheLiveOnes() {
        var spent = TestData.unverifiedAttendee();
        var live = TestData.unverifiedAttendee();
        QuarkusTransaction.requiringNew().run(() -> entityManager.createNativeQuery(
                        "UPDATE account_token SET expires_at = now() - interval '25 hours' WHERE account_id = :a")
                .setParameter("a", spent.id()).executeUpdate());

        job.deleteExpired();

        assertThat(count("account_token", spent.id())).isZero();
        assertThat(count("account_token", live.id())).isEqualTo(1);
    }

    /** Two tokens (the replaced one and the live one) and one read notification. */
    private UUID aLoginRefreshedOnceWithANotification() {
        var organizer = TestData.organizer();
        var attendee = TestData.attendee();
        UUID eventId = Events.published(organizer.accessToken(), 5);
        app.rounds.support.Api.api(organizer.accessToken()).body(java.util.Map.of("attendeeId", attendee.id().toString()))
                .post("/api/v1/events/" + eventId + "/registrations").then().statusCode(201);
        app.rounds.support.Api.api().cookie("rounds_refresh", attendee.refreshToken()).post("/api/v1/auth/refresh")
                .then().statusCode(200);
        QuarkusTransaction.requiringNew().run(() -> entityManager
                .createNativeQuery("UPDATE notification SET read_at = now() WHERE account_id = :a").setParameter("a", attendee.id())
                .executeUpdate());
        assertThat(count("refresh_token", attendee.id())).isEqualTo(2);
        assertThat(count("notification", attendee.id())).isEqualTo(1);
        return attendee.id();
    }

    private void age(UUID account, String tokens, String notifications) {
        QuarkusTransaction.requiringNew().run(() -> {
            entityManager.createNativeQuery("UPDATE refresh_token SET revoked_at = revoked_at - cast(:by AS interval),"
                            + " rotated_at = rotated_at - cast(:by AS interval) WHERE account_id = :a AND revoked_at IS NOT NULL")
                    .setParameter("by", tokens).setParameter("a", account).executeUpdate();
            entityManager.createNativeQuery("UPDATE notification SET read_at = read_at - cast(:by AS interval) WHERE account_id = :a")
                    .setParameter("by", notifications).setParameter("a", account).executeUpdate();
        });
    }

    private long count(String table, UUID account) {
        return QuarkusTransaction.requiringNew().call(() -> ((Number) entityManager
                .createNativeQuery("SELECT count(*) FROM " + table + " WHERE account_id = :a").setParameter("a", account)
                .getSingleResult()).longValue());
    }
}
