package app.rounds.integration;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import app.rounds.support.cluster.TwoInstances;
import io.restassured.response.ExtractableResponse;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;

/** One key's allowance is one budget, whichever instance its requests reach. */
class KeyRateLimitIT {

    private static final int LIMIT = 10;

    @RegisterExtension
    static final TwoInstances cluster = TwoInstances.direct()
            .env("ROUNDS_INTEGRATIONS_RATE_LIMIT_REQUESTS", String.valueOf(LIMIT))
            // A long window, so that the few seconds of the test do not straddle a renewal.
            .env("ROUNDS_INTEGRATIONS_RATE_LIMIT_WINDOW", "PT1H");

    @Test
    void requestsAlternatingBetweenTheInstancesShareOneAllowance() {
        String organizer = api(0).body(Map.of("email", TwoInstances.ADMIN_EMAIL, "password", TwoInstances.ADMIN_PASSWORD))
                .post("/api/v1/auth/login").then().statusCode(200).extract().path("accessToken");
        String key = api(1).header("Authorization", "Bearer " + organizer)
                .body(Map.of("name", "Cluster CRM", "scopes", List.of("events:read")))
                .post("/api/v1/integration-clients").then().statusCode(201).extract().path("key");

        List<String> remaining = new ArrayList<>();
        for (int request = 0; request < LIMIT; request++) {
            var answer = events(request % 2, key);
            assertThat(answer.statusCode()).as("request %d of the allowance", request + 1).isEqualTo(200);
            // The reset time (t=) moves on as the test runs; the remaining count (r=) is the shared budget.
            remaining.add(answer.header("RateLimit").replaceFirst(";t=\\d+$", ""));
        }
        assertThat(remaining).as("one count over both instances").containsExactly(
                "\"per-key\";r=9", "\"per-key\";r=8", "\"per-key\";r=7", "\"per-key\";r=6", "\"per-key\";r=5",
                "\"per-key\";r=4", "\"per-key\";r=3", "\"per-key\";r=2", "\"per-key\";r=1", "\"per-key\";r=0");

        for (int instance : new int[] {0, 1}) {
            var refused = events(instance, key);
            assertThat(refused.statusCode()).as("over the allowance on instance %d", instance).isEqualTo(429);
            assertThat(refused.contentType()).startsWith("application/problem+json");
            assertThat(Long.parseLong(refused.header("Retry-After"))).isBetween(1L, 3600L);
            assertThat(refused.header("RateLimit-Policy")).isEqualTo("\"per-key\";q=" + LIMIT + ";w=3600");
            assertThat(refused.header("RateLimit")).startsWith("\"per-key\";r=0;t=");
        }
    }

    private static ExtractableResponse<Response> events(int instance, String key) {
        return api(instance).header("Authorization", "Bearer " + key).get("/api/v1/events").then().extract();
    }

    private static RequestSpecification api(int instance) {
        return app.rounds.support.Api.api().baseUri(cluster.instance(instance).baseUri().toString());
    }
}
