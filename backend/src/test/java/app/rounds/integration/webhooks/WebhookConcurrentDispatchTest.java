package app.rounds.integration.webhooks;

import static app.rounds.support.Api.api;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.Collectors;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import app.rounds.support.Events;
import app.rounds.support.TestData;
import io.quarkus.test.junit.QuarkusTest;

/**
 * Several dispatchers at once on one database (four threads here, plus the scheduled one), as several instances run
 * them, against a slow receiver that fails every first attempt: no message is ever in two attempts at the same time,
 * and each arrives successfully exactly once.
 */
@QuarkusTest
class WebhookConcurrentDispatchTest {

    @Inject
    WebhookDispatcher dispatcher;

    @Test
    void concurrentDispatchersNeverAttemptOneMessageTwiceAtOnce() throws Exception {
        String organizer = TestData.organizer().accessToken();
        try (Receiver receiver = Receiver.start()) {
            java.util.Set<String> failedOnce = java.util.concurrent.ConcurrentHashMap.newKeySet();
            receiver.answer(request -> new Receiver.Answer(failedOnce.add(request.id()) ? 503 : 200, Map.of(), 150));
            String subscription = api(organizer).body(Map.of("url", receiver.url("/hooks"), "eventTypes", List.of("event.created")))
                    .post("/api/v1/webhook-subscriptions").then().statusCode(201).extract().path("id");
            try {
                List<java.util.UUID> events = new ArrayList<>();
                for (int i = 0; i < 20; i++) {
                    events.add(Events.published(organizer, 5));
                }
                AtomicBoolean done = new AtomicBoolean();
                ExecutorService instances = Executors.newFixedThreadPool(4);
                List<Future<?>> running = new ArrayList<>();
                for (int i = 0; i < 4; i++) {
                    running.add(instances.submit(() -> {
                        while (!done.get()) {
                            dispatcher.dispatchDue();
                        }
                        return null;
                    }));
                }
                await().atMost(Duration.ofSeconds(60)).until(() -> successes(receiver).size() >= events.size());
                done.set(true);
                for (Future<?> instance : running) {
                    instance.get();
                }
                instances.shutdown();

                assertThat(receiver.mostAtOnceForOneId()).as("attempts of one message at the same time").isEqualTo(1);
                assertThat(successes(receiver).values()).as("successful deliveries per message").containsOnly(1L);
            } finally {
                api(organizer).delete("/api/v1/webhook-subscriptions/" + subscription).then().statusCode(204);
            }
        }
    }

    /** How often each webhook-id was answered with a 2xx (its first attempt always got a 503). */
    private static Map<String, Long> successes(Receiver receiver) {
        Map<String, Long> attempts = receiver.received().stream().collect(Collectors.groupingBy(Receiver.Received::id, Collectors.counting()));
        return attempts.entrySet().stream().filter(e -> e.getValue() >= 2)
                .collect(Collectors.toMap(Map.Entry::getKey, e -> e.getValue() - 1));
    }
}
