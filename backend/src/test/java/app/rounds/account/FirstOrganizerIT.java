package app.rounds.account;

import static app.rounds.support.Api.api;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import app.rounds.support.cluster.TwoInstances;

/** Two instances starting together on one database both migrate it and both try to create the configured organizer. */
class FirstOrganizerIT {

    @RegisterExtension
    static final TwoInstances cluster = TwoInstances.direct();

    @Test
    void bothInstancesStartTogetherOnAnEmptyDatabaseMigrateItOnceAndOneOrganizerExists() {
        assertThat(cluster.database().count("select count(*) from databasechangelog"))
                .isEqualTo(cluster.database().count("select count(distinct id) from databasechangelog"))
                .isGreaterThan(10);
        assertThat(organizersWithEmail(TwoInstances.ADMIN_EMAIL)).isEqualTo(1);
        for (int instance = 0; instance < 2; instance++) {
            List<String> roles = api().baseUri(cluster.instance(instance).baseUri().toString())
                    .body(Map.of("email", TwoInstances.ADMIN_EMAIL, "password", TwoInstances.ADMIN_PASSWORD))
                    .post("/api/v1/auth/login")
                    .then().statusCode(200)
                    .extract().path("account.roles");
            assertThat(roles).contains("ORGANIZER");
        }
    }

    @Test
    void instancesRestartingTogetherWithANewOrganizerBothStartAndCreateItOnce() {
        // The schema is in place, so neither migrates: both reach the organizer creation at the same moment.
        String email = "second-organizer@cluster.rounds.test";
        cluster.env("ROUNDS_ADMIN_EMAIL", email);
        cluster.restart(0, 1);
        assertThat(cluster.instance(0).isRunning()).isTrue();
        assertThat(cluster.instance(1).isRunning()).isTrue();
        assertThat(organizersWithEmail(email)).isEqualTo(1);
    }

    private static long organizersWithEmail(String email) {
        return cluster.database().count("select count(*) from account where email = ?", email);
    }
}
