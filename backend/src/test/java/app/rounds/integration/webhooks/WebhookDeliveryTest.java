package app.rounds.integration.webhooks;

import static app.rounds.support.Api.api;
import static app.rounds.support.Api.raw;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import app.rounds.mail.Mailbox;
import app.rounds.support.Events;
import app.rounds.support.IntegrationKeys;
import app.rounds.support.TestData;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;

@QuarkusTest
class WebhookDeliveryTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Inject
    EntityManager entityManager;

    private String organizer;
    private Receiver receiver;
    private final List<String> subscriptions = new ArrayList<>();

    @BeforeEach
    void start() {
        organizer = TestData.organizer().accessToken();
        receiver = Receiver.start();
    }

    @AfterEach
    void stop() {
        subscriptions.forEach(id -> api(organizer).delete("/api/v1/webhook-subscriptions/" + id));
        receiver.close();
    }

    @Test
    void aChangeIsDeliveredSignedThinAndWithAFeedCursor() throws Exception {
        var created = subscribe(receiver.url("/hooks"), List.of("event.created"));
        String secret = created.get("secret");
        assertThat(secret).startsWith("whsec_");
        api(organizer).get("/api/v1/webhook-subscriptions/" + created.get("id")).then().statusCode(200)
                .body("secret", nullValue()).body("active", equalTo(true));

        UUID eventId = Events.published(organizer, 10);

        Receiver.Received delivery = awaitDeliveryOf(eventId);
        assertThat(verifies(secret, delivery)).as("signature under the subscription's secret").isTrue();
        JsonNode body = JSON.readTree(delivery.body());
        assertThat(body.get("type").asText()).isEqualTo("event.created");
        assertThat(body.get("data").get("id").asText()).isEqualTo(eventId.toString());
        assertThat(body.get("data").size()).as("thin: the id and the cursor only").isEqualTo(2);
        api(organizer).queryParam("after", body.get("data").get("cursor").asText()).get("/api/v1/changes").then().statusCode(200);
        assertThat(delivery.id()).startsWith("msg_");
        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> api(organizer)
                .get("/api/v1/webhook-subscriptions/" + created.get("id") + "/deliveries").then().statusCode(200)
                .body("items.statusCode", hasItem(204)).body("items[0].succeeded", equalTo(true)));
    }

    @Test
    void afterAnOutageEveryMessageArrivesExactlyOnceAfterDeduplication() {
        subscribe(receiver.url("/hooks"), List.of("event.created"));
        receiver.stop();
        List<UUID> events = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            events.add(Events.published(organizer, 10));
        }
        await().atMost(Duration.ofSeconds(20)).until(() -> count("SELECT count(*) FROM webhook_delivery d JOIN webhook_message m"
                + " ON m.id = d.message_id WHERE NOT d.succeeded AND m.object_id = ANY (CAST(:ids AS uuid[]))", events) >= 5);
        receiver.restart();

        await().atMost(Duration.ofSeconds(30)).until(() -> delivered(events).size() == events.size());
        Map<String, List<Receiver.Received>> byId = receiver.received().stream()
                .collect(Collectors.groupingBy(Receiver.Received::id));
        assertThat(byId).hasSize(events.size());
        assertThat(delivered(events)).containsExactlyInAnyOrderElementsOf(events);
    }

    @Test
    void aRedirectIsAFailureAndIsNotFollowed() {
        receiver.answer(request -> request.path().equals("/moved") ? new Receiver.Answer(302, Map.of("Location", receiver.url("/target")), 0)
                : Receiver.Answer.status(204));
        var created = subscribe(receiver.url("/moved"), List.of("event.created"));
        Events.published(organizer, 10);

        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> api(organizer)
                .get("/api/v1/webhook-subscriptions/" + created.get("id") + "/deliveries").then().statusCode(200)
                .body("items[0].statusCode", equalTo(302)).body("items[0].succeeded", equalTo(false)));
        assertThat(receiver.received()).extracting(Receiver.Received::path).doesNotContain("/target");
    }

    @Test
    void goneDisablesTheSubscriptionAndMailsItsOwner() {
        receiver.answer(request -> Receiver.Answer.status(410));
        var created = subscribe(receiver.url("/gone"), List.of("event.created"));
        Events.published(organizer, 10);

        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> api(organizer)
                .get("/api/v1/webhook-subscriptions/" + created.get("id")).then().statusCode(200)
                .body("active", equalTo(false)).body("disabledReason", startsWith("the receiver answered 410")));
        await().atMost(Duration.ofSeconds(20)).until(() -> Mailbox.to(TestData.ADMIN_EMAIL).stream()
                .anyMatch(mail -> Mailbox.subject(mail).equals("A webhook is switched off")
                        && Mailbox.text(mail).contains(receiver.url("/gone"))));
    }

    @Test
    void failingForFiveDaysDisablesAndTurningUnhealthyMailsTheOwnerFirst() {
        receiver.answer(request -> Receiver.Answer.status(500));
        var created = subscribe(receiver.url("/failing"), List.of("event.created"));
        Events.published(organizer, 10);
        await().atMost(Duration.ofSeconds(20)).until(() -> Mailbox.to(TestData.ADMIN_EMAIL).stream()
                .anyMatch(mail -> Mailbox.subject(mail).equals("A webhook is failing") && Mailbox.text(mail).contains(receiver.url("/failing"))));

        QuarkusTransaction.requiringNew().run(() -> entityManager.createNativeQuery(
                        "UPDATE webhook_subscription SET failing_since = now() - interval '5 days 1 minute' WHERE id = :id")
                .setParameter("id", UUID.fromString(created.get("id"))).executeUpdate());
        Events.published(organizer, 10);

        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> api(organizer)
                .get("/api/v1/webhook-subscriptions/" + created.get("id")).then().statusCode(200)
                .body("active", equalTo(false)).body("disabledReason", startsWith("every delivery failed since")));
    }

    @Test
    void retryAfterOfA429IsHonoured() {
        receiver.answer(request -> new Receiver.Answer(429, Map.of("Retry-After", "120"), 0));
        subscribe(receiver.url("/busy"), List.of("event.created"));
        UUID eventId = Events.published(organizer, 10);

        await().atMost(Duration.ofSeconds(10)).until(() -> count("SELECT count(*) FROM webhook_message WHERE attempts = 1"
                + " AND next_attempt_at > now() + interval '100 seconds' AND object_id = ANY (CAST(:ids AS uuid[]))", List.of(eventId)) == 1);
    }

    @Test
    void aRedeliveryArrivesAgainWithTheSameWebhookId() {
        var created = subscribe(receiver.url("/hooks"), List.of("event.created"));
        UUID eventId = Events.published(organizer, 10);
        String webhookId = awaitDeliveryOf(eventId).id();
        String deliveryId = await().atMost(Duration.ofSeconds(10)).until(() -> api(organizer)
                .get("/api/v1/webhook-subscriptions/" + created.get("id") + "/deliveries").then().statusCode(200)
                .extract().<String>path("items[0].id"), id -> id != null);

        api(organizer).post("/api/v1/webhook-subscriptions/" + created.get("id") + "/deliveries/" + deliveryId + "/redeliver")
                .then().statusCode(202).body("webhookId", equalTo(webhookId));

        await().atMost(Duration.ofSeconds(10)).until(() -> receiver.received().stream().filter(r -> r.id().equals(webhookId)).count() == 2);
    }

    @Test
    void afterARotationMessagesAreSignedWithTheNewAndThePreviousSecret() throws Exception {
        var created = subscribe(receiver.url("/hooks"), List.of("event.created"));
        String rotated = api(organizer).post("/api/v1/webhook-subscriptions/" + created.get("id") + "/rotate-secret")
                .then().statusCode(200).body("previousSecretValidUntil", org.hamcrest.Matchers.notNullValue())
                .extract().path("secret");
        UUID eventId = Events.published(organizer, 10);

        Receiver.Received delivery = awaitDeliveryOf(eventId);
        assertThat(delivery.signature().split(" ")).hasSize(2);
        assertThat(verifies(rotated, delivery)).isTrue();
        assertThat(verifies(created.get("secret"), delivery)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"http://10.0.0.1/hook", "http://192.168.1.20/hook", "http://169.254.169.254/latest/meta-data",
            "http://[::1]:8080/hook", "http://[fd00:ec2::254]/hook", "http://[::ffff:10.0.0.1]/hook",
            "ftp://93.184.215.14/hook", "not a url", "http://user:pw@127.0.0.1/hook"})
    void privateLoopbackAndMalformedReceiversAreRefused(String url) {
        api(organizer).body(Map.of("url", url, "eventTypes", List.of("event.created")))
                .post("/api/v1/webhook-subscriptions").then().statusCode(400).body("errors.field", hasItem("url"));
    }

    @Test
    void unknownEventTypesAreRefused() {
        api(organizer).body(Map.of("url", receiver.url("/hooks"), "eventTypes", List.of("event.exploded")))
                .post("/api/v1/webhook-subscriptions").then().statusCode(400).body("errors.field", hasItem("eventTypes"));
    }

    @Test
    void onlyOrganizersManageSubscriptions() {
        String attendee = TestData.attendee().accessToken();
        api(attendee).get("/api/v1/webhook-subscriptions").then().statusCode(403);
        api(attendee).body(Map.of("url", receiver.url("/hooks"), "eventTypes", List.of("event.created")))
                .post("/api/v1/webhook-subscriptions").then().statusCode(403);
        raw().get("/api/v1/webhook-subscriptions").then().statusCode(401);
        var created = subscribe(receiver.url("/hooks"), List.of("event.created"));
        api(attendee).get("/api/v1/webhook-subscriptions/" + created.get("id") + "/deliveries").then().statusCode(403);
        api(attendee).delete("/api/v1/webhook-subscriptions/" + created.get("id")).then().statusCode(403);
    }

    @Test
    void aKeyManagesOnlyItsOwnSubscriptionsAndOnlyTypesItsScopesOpen() {
        var reader = IntegrationKeys.issue(organizer, "events:read");
        api(reader.key()).get("/api/v1/webhook-subscriptions").then().statusCode(403)
                .body("type", containsString("insufficient-scope"));
        var manager = IntegrationKeys.issue(organizer, "webhooks:manage", "events:read");
        String mine = api(manager.key()).body(Map.of("url", receiver.url("/key"), "eventTypes", List.of("event.created")))
                .post("/api/v1/webhook-subscriptions").then().statusCode(201).extract().path("id");
        subscriptions.add(mine);
        api(manager.key()).body(Map.of("url", receiver.url("/key"), "eventTypes", List.of("registration.created")))
                .post("/api/v1/webhook-subscriptions").then().statusCode(403)
                .body("type", containsString("insufficient-scope")).body("detail", containsString("registrations:read"));
        var organizers = subscribe(receiver.url("/hooks"), List.of("event.created"));

        api(manager.key()).get("/api/v1/webhook-subscriptions/" + organizers.get("id")).then().statusCode(404);
        api(manager.key()).get("/api/v1/webhook-subscriptions").then().statusCode(200)
                .body("items.id", hasItem(mine)).body("items.id", not(hasItem(organizers.get("id"))));
        api(organizer).get("/api/v1/webhook-subscriptions").then().statusCode(200)
                .body("items.id", hasItem(mine)).body("items.id", hasItem(organizers.get("id")));
    }

    private Map<String, String> subscribe(String url, List<String> types) {
        var response = api(organizer).body(Map.of("url", url, "eventTypes", types, "description", "Test receiver"))
                .post("/api/v1/webhook-subscriptions").then().statusCode(201).extract();
        subscriptions.add(response.path("id"));
        return Map.of("id", response.path("id"), "secret", response.path("secret"));
    }

    private Receiver.Received awaitDeliveryOf(UUID objectId) {
        return await().atMost(Duration.ofSeconds(10)).until(() -> receiver.received().stream()
                .filter(r -> r.body().contains(objectId.toString())).findFirst().orElse(null), r -> r != null);
    }

    private Set<UUID> delivered(List<UUID> objects) {
        return receiver.received().stream().map(r -> objects.stream().filter(id -> r.body().contains(id.toString())).findFirst())
                .flatMap(java.util.Optional::stream).collect(Collectors.toSet());
    }

    private long count(String sql, List<UUID> ids) {
        String array = ids.stream().map(UUID::toString).collect(Collectors.joining(",", "{", "}"));
        return QuarkusTransaction.requiringNew().call(() -> ((Number) entityManager.createNativeQuery(sql)
                .setParameter("ids", array).getSingleResult()).longValue());
    }

    /** Standard Webhooks verification, written from the specification here rather than shared with the signer. */
    private static boolean verifies(String secret, Receiver.Received delivery) throws Exception {
        Mac mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec(Base64.getDecoder().decode(secret.replaceFirst("^whsec_", "")), "HmacSHA256"));
        String expected = Base64.getEncoder().encodeToString(mac.doFinal(
                (delivery.id() + "." + delivery.timestamp() + "." + delivery.body()).getBytes(StandardCharsets.UTF_8)));
        for (String signature : delivery.signature().split(" ")) {
            if (signature.equals("v1," + expected)) {
                return Math.abs(Long.parseLong(delivery.timestamp()) - System.currentTimeMillis() / 1000) < 300;
            }
        }
        return false;
    }
}
