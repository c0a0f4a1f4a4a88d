package app.rounds.common;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import app.rounds.support.cluster.TwoInstances;
import io.restassured.response.ExtractableResponse;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;

/**
 * An instance asked to stop (SIGTERM) finishes the requests it is working on ({@code quarkus.shutdown.timeout}), and
 * while it drains and after it is gone, nginx sends new requests to the other instance without a failure.
 */
class GracefulShutdownIT {

    /** Instance 0 hashes passwords with many more passes than production, so a login takes seconds: long enough to be in flight. */
    @RegisterExtension
    static final TwoInstances cluster = TwoInstances.withBalancer().env(0, "ROUNDS_AUTH_ARGON2_ITERATIONS", "40");

    private static final String PASSWORD = "correct-horse-battery";

    @Test
    void aLoginInFlightAtSigtermCompletesAndNewRequestsGoToTheOtherInstance() throws Exception {
        String email = "dr." + UUID.randomUUID().toString().substring(0, 8) + "@cluster.rounds.test";
        Instant signUpStarted = Instant.now();
        String token = direct(0).body(Map.of("email", email, "password", PASSWORD, "displayName", "Dr. Slow Hash"))
                .post("/api/v1/auth/signup").then().statusCode(201).extract().path("accessToken");
        Duration hash = Duration.between(signUpStarted, Instant.now());
        assertThat(hash).as("a hash on instance 0, so that a login is still running when SIGTERM comes").isGreaterThan(Duration.ofSeconds(1));

        CompletableFuture<Answer> login = CompletableFuture.supplyAsync(() -> new Answer(
                direct(0).body(Map.of("email", email, "password", PASSWORD)).post("/api/v1/auth/login").then().extract(), Instant.now()));
        Thread.sleep(hash.toMillis() / 3);
        Instant terminatedAt = Instant.now();
        CompletableFuture<Integer> stopped = cluster.terminate(0);

        List<Integer> statuses = new ArrayList<>();
        while (!stopped.isDone() && Duration.between(terminatedAt, Instant.now()).compareTo(Duration.ofSeconds(30)) < 0) {
            statuses.add(throughBalancer(token).get("/api/v1/me").then().extract().statusCode());
        }
        for (int after = 0; after < 20; after++) {
            statuses.add(throughBalancer(token).get("/api/v1/me").then().extract().statusCode());
        }

        Answer answered = login.get(30, TimeUnit.SECONDS);
        assertThat(answered.at()).as("the login was still running when SIGTERM came").isAfter(terminatedAt);
        assertThat(answered.response().statusCode()).as("the login in flight at SIGTERM").isEqualTo(200);
        assertThat(answered.response().<String>path("accessToken")).isNotBlank();
        assertThat(stopped.get(30, TimeUnit.SECONDS)).as("instance 0 stopped, within its shutdown timeout").isNotNull();
        assertThat(statuses).as("requests through nginx while instance 0 drained and after it was gone").isNotEmpty()
                .allMatch(status -> status == 200);
        assertThat(cluster.instance(1).isRunning()).isTrue();
    }

    private record Answer(ExtractableResponse<Response> response, Instant at) {
    }

    private static RequestSpecification direct(int instance) {
        return app.rounds.support.Api.api().baseUri(cluster.instance(instance).baseUri().toString());
    }

    private static RequestSpecification throughBalancer(String token) {
        return app.rounds.support.Api.api().baseUri(cluster.balancer().baseUri().toString()).header("Authorization", "Bearer " + token);
    }
}
