package app.rounds.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import app.rounds.support.Events;
import app.rounds.support.cluster.TwoInstances;
import io.restassured.path.json.JsonPath;
import io.restassured.specification.RequestSpecification;

/**
 * Instance A keeps an event's dashboard figures; a registration made or given up through instance B shows on A's very
 * next read, and a read on B serves the same kept figures A counted.
 */
class DashboardFreshnessIT {

    @RegisterExtension
    static final TwoInstances cluster = TwoInstances.direct();

    @Test
    void aWriteThroughOneInstanceShowsOnTheOtherInstancesNextDashboardRead() {
        String organizer = api(0).body(Map.of("email", TwoInstances.ADMIN_EMAIL, "password", TwoInstances.ADMIN_PASSWORD))
                .post("/api/v1/auth/login").then().statusCode(200).extract().path("accessToken");
        UUID eventId = UUID.fromString(api(0).header("Authorization", "Bearer " + organizer).body(Events.body(20, Map.of()))
                .post("/api/v1/events").then().statusCode(201).extract().path("id"));
        api(0).header("Authorization", "Bearer " + organizer).post("/api/v1/events/" + eventId + "/publish")
                .then().statusCode(200);

        assertThat(dashboard(0, organizer, eventId).getInt("registration.registered")).isZero();
        assertThat(dashboard(0, organizer, eventId).getInt("registration.registered")).as("kept on A").isZero();
        assertThat(cluster.database().count("SELECT count(*) FROM dashboard_snapshot WHERE event_id = ?", eventId))
                .as("the figures A kept").isEqualTo(1);

        String attendee = attendee();
        String seat = api(1).header("Authorization", "Bearer " + attendee)
                .post("/api/v1/events/" + eventId + "/registrations").then().statusCode(201).extract().path("id");
        assertThat(dashboard(0, organizer, eventId).getInt("registration.registered"))
                .as("A's next read after a registration through B").isEqualTo(1);
        assertThat(dashboard(1, organizer, eventId).getInt("registration.registered")).as("B reads the same").isEqualTo(1);

        api(1).header("Authorization", "Bearer " + attendee)
                .delete("/api/v1/events/" + eventId + "/registrations/" + seat).then().statusCode(200);
        JsonPath afterCancelling = dashboard(0, organizer, eventId);
        assertThat(afterCancelling.getInt("registration.registered")).as("A's next read after giving the seat up on B")
                .isZero();
        assertThat(afterCancelling.getInt("registration.cancelled")).isEqualTo(1);
    }

    private static JsonPath dashboard(int instance, String token, UUID eventId) {
        return api(instance).header("Authorization", "Bearer " + token).get("/api/v1/dashboard/events/" + eventId)
                .then().statusCode(200).extract().jsonPath();
    }

    private static String attendee() {
        String email = "dr." + UUID.randomUUID().toString().substring(0, 8) + "@cluster.rounds.test";
        var response = api(1).body(Map.of("email", email, "password", "correct-horse-battery", "displayName", "Dr. Seat"))
                .post("/api/v1/auth/signup").then().statusCode(201).extract();
        cluster.database().confirmAddress(UUID.fromString(response.path("account.id")));
        return response.path("accessToken");
    }

    private static RequestSpecification api(int instance) {
        return app.rounds.support.Api.api().baseUri(cluster.instance(instance).baseUri().toString());
    }
}
