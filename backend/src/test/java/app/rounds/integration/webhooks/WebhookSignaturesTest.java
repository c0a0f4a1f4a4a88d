package app.rounds.integration.webhooks;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;

class WebhookSignaturesTest {

    /** The Standard Webhooks specification's published example (also in its reference libraries' tests). */
    private static final String SPEC_SECRET = "whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw";
    private static final String SPEC_ID = "msg_p5jXN8AQM9LWM0D4loKWxJek";
    private static final long SPEC_TIMESTAMP = 1614265330L;
    private static final String SPEC_BODY = "{\"test\": 2432232314}";
    private static final String SPEC_SIGNATURE = "v1,g0hM9SsE+OTPJTGt/tmIKtSyZlE3uFJELVlNIOLJ1OE=";

    /** Read by the frontend's Vitest test, which verifies it with the `standardwebhooks` npm package. */
    static final Path FIXTURE = Path.of("..", "frontend", "src", "features", "webhooks", "__tests__", "signed-by-backend.json");

    @Test
    void signsThePublishedTestVector() {
        assertThat(WebhookSignatures.header(List.of(SPEC_SECRET), SPEC_ID, SPEC_TIMESTAMP, SPEC_BODY)).isEqualTo(SPEC_SIGNATURE);
    }

    @Test
    void duringARotationSignsWithBothSecretsSpaceSeparated() {
        String next = WebhookSignatures.newSecret();
        String header = WebhookSignatures.header(List.of(next, SPEC_SECRET), SPEC_ID, SPEC_TIMESTAMP, SPEC_BODY);

        assertThat(header.split(" ")).hasSize(2).contains(SPEC_SIGNATURE);
        assertThat(next).startsWith("whsec_").hasSize("whsec_".length() + 44);
    }

    /**
     * Writes the message the frontend test verifies with another implementation (deterministic, so the file changes
     * only when signing does), and checks the committed file is what this code signs today.
     */
    @Test
    void theFrontendFixtureIsWhatThisCodeSigns() throws IOException {
        String secret = "whsec_" + java.util.Base64.getEncoder().encodeToString("rounds-fixture-secret-32-bytes!!".getBytes(StandardCharsets.UTF_8));
        String previous = SPEC_SECRET;
        String id = "msg_0b7c4a1e2f3d4c5b8a9e0f1a2b3c4d5e";
        long timestamp = 1780000000L;
        String body = "{\"type\":\"registration.created\",\"timestamp\":\"2026-05-28T20:26:40Z\",\"data\":"
                + "{\"id\":\"5a0e1f1e-6f0b-4c1a-9a53-3b6de2f3b8a1\",\"cursor\":\"MTIzOjQ1.abc\"}}";
        String fixture = """
                {
                  "secret": "%s",
                  "previousSecret": "%s",
                  "headers": {
                    "webhook-id": "%s",
                    "webhook-timestamp": "%d",
                    "webhook-signature": "%s"
                  },
                  "body": %s
                }
                """.formatted(secret, previous, id, timestamp, WebhookSignatures.header(List.of(secret, previous), id, timestamp, body),
                jsonString(body));
        if (Files.exists(FIXTURE) && !Boolean.getBoolean("rounds.fixtures.write")) {
            assertThat(Files.readString(FIXTURE)).isEqualTo(fixture);
        } else {
            Files.createDirectories(FIXTURE.getParent());
            Files.writeString(FIXTURE, fixture);
        }
    }

    private static String jsonString(String text) {
        return "\"" + text.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
    }
}
