package app.rounds.account;

import static app.rounds.support.Api.api;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import app.rounds.support.cluster.TwoInstances;

/** 200 wrong passwords for one account at once, spread over both instances and the balancer. */
class LoginThrottleIT {

    private static final int FREE_ATTEMPTS = 5;
    private static final int GUESSES = 200;

    @RegisterExtension
    static final TwoInstances cluster = TwoInstances.withBalancer()
            .env("ROUNDS_AUTH_THROTTLE_MAX_FAILURES_PER_ACCOUNT", String.valueOf(FREE_ATTEMPTS))
            // Long enough that the whole burst falls inside the first wait, so exactly the free attempts are checked.
            .env("ROUNDS_AUTH_THROTTLE_FIRST_DELAY", "PT1M")
            .env("ROUNDS_AUTH_THROTTLE_MAX_FAILURES_PER_ADDRESS", "100000")
            // The checked guesses queue for the hasher; on a busy test machine they must not be shed as 503 instead.
            .env("ROUNDS_AUTH_ARGON2_MAX_WAIT", "PT60S");

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

    @Test
    void concurrentGuessesOverBothInstancesAreCheckedOnlyUpToTheLimit() {
        String email = "guessed-" + System.nanoTime() + "@cluster.rounds.test";
        api().baseUri(cluster.balancer().baseUri().toString())
                .body(Map.of("email", email, "password", "the-right-password", "displayName", "Dr. Guessed"))
                .post("/api/v1/auth/signup").then().statusCode(201);
        List<URI> targets = List.of(cluster.instance(0).baseUri(), cluster.instance(1).baseUri(), cluster.balancer().baseUri());

        List<CompletableFuture<HttpResponse<String>>> guesses = IntStream.range(0, GUESSES)
                .mapToObj(guess -> http.sendAsync(login(targets.get(guess % targets.size()), email, "wrong-guess-" + guess),
                        HttpResponse.BodyHandlers.ofString()))
                .toList();
        Map<Integer, Long> statuses = guesses.stream().map(CompletableFuture::join)
                .collect(Collectors.groupingBy(HttpResponse::statusCode, Collectors.counting()));

        assertThat(statuses).containsOnlyKeys(401, 429);
        assertThat(statuses.get(401)).as("guesses whose password was checked").isEqualTo(FREE_ATTEMPTS);
        assertThat(statuses.get(429)).isEqualTo(GUESSES - FREE_ATTEMPTS);
        HttpResponse<String> refused = http.sendAsync(login(targets.get(0), email, "the-right-password"),
                HttpResponse.BodyHandlers.ofString()).join();
        assertThat(refused.statusCode()).isEqualTo(429);
        assertThat(refused.headers().firstValue("Retry-After").map(Long::parseLong)).get(org.assertj.core.api.InstanceOfAssertFactories.LONG)
                .isBetween(1L, 60L);
    }

    private static HttpRequest login(URI base, String email, String password) {
        return HttpRequest.newBuilder(base.resolve("/api/v1/auth/login"))
                .timeout(Duration.ofSeconds(120))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"email\":\"" + email + "\",\"password\":\"" + password + "\"}"))
                .build();
    }
}
