package app.rounds.common.idempotency;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import app.rounds.support.Events;
import app.rounds.support.cluster.TwoInstances;
import io.restassured.response.ExtractableResponse;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;

/** One Idempotency-Key sent to both instances at once creates one record; a later retry on either gets that answer. */
class IdempotencyOnceIT {

    private static final int KEYS = 10;

    @RegisterExtension
    static final TwoInstances cluster = TwoInstances.direct();

    @Test
    void aKeySentToBothInstancesAtOnceCreatesOneEvent() {
        String organizer = api(0).body(Map.of("email", TwoInstances.ADMIN_EMAIL, "password", TwoInstances.ADMIN_PASSWORD))
                .post("/api/v1/auth/login").then().statusCode(200).extract().path("accessToken");

        for (int n = 0; n < KEYS; n++) {
            String key = UUID.randomUUID().toString();
            String title = "Idempotent evening " + key;
            Map<String, Object> body = new HashMap<>(Events.body(20, Map.of("title", title)));
            List<CompletableFuture<ExtractableResponse<Response>>> both = List.of(0, 1).stream()
                    .map(instance -> CompletableFuture.supplyAsync(() -> create(instance, organizer, key, body)))
                    .toList();
            List<ExtractableResponse<Response>> answers = both.stream().map(CompletableFuture::join).toList();

            assertThat(answers).extracting(ExtractableResponse::statusCode).as("key %d", n)
                    .allMatch(status -> status == 201 || status == 409).contains(201);
            assertThat(cluster.database().count("SELECT count(*) FROM event WHERE title = ?", title))
                    .as("events made under key %d", n).isEqualTo(1);

            String created = answers.stream().filter(answer -> answer.statusCode() == 201).findFirst().orElseThrow().path("id");
            for (int instance : new int[] {0, 1}) {
                ExtractableResponse<Response> retry = create(instance, organizer, key, body);
                assertThat(retry.statusCode()).isEqualTo(201);
                assertThat(retry.header("Idempotent-Replayed")).isEqualTo("true");
                assertThat(retry.<String>path("id")).isEqualTo(created);
            }
        }
    }

    private static ExtractableResponse<Response> create(int instance, String organizer, String key, Map<String, Object> body) {
        return api(instance).header("Authorization", "Bearer " + organizer).header("Idempotency-Key", key).body(body)
                .post("/api/v1/events").then().extract();
    }

    private static RequestSpecification api(int instance) {
        return app.rounds.support.Api.api().baseUri(cluster.instance(instance).baseUri().toString());
    }
}
