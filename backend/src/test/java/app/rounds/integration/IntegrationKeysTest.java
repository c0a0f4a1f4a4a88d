package app.rounds.integration;

import static app.rounds.support.Api.api;
import static app.rounds.support.Api.raw;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import app.rounds.common.security.SecretTokens;
import app.rounds.support.EventFixtures;
import app.rounds.support.IntegrationKeys;
import app.rounds.support.Profiles;
import app.rounds.support.TestData;
import app.rounds.support.TestData.SignedIn;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;

@QuarkusTest
class IntegrationKeysTest {

    private static final String[] ALL_SCOPES = {"events:read", "registrations:read", "attendees:read",
            "introductions:read", "followups:read", "followups:write", "webhooks:manage"};

    @Inject
    EventFixtures fixtures;

    @Inject
    EntityManager entityManager;

    @Test
    void theKeyIsShownOnceWithItsPrefixAndKeptOnlyAsItsHash() {
        SignedIn organizer = TestData.organizer();
        var created = api(organizer.accessToken()).body(Map.of("name", "Harbor CRM", "scopes", List.of("events:read")))
                .post("/api/v1/integration-clients").then().statusCode(201)
                .body("key", matchesPattern("rnd_[A-Za-z0-9_-]{43}"))
                .body("client.name", equalTo("Harbor CRM"))
                .body("client.scopes", equalTo(List.of("events:read")))
                .extract();
        String key = created.path("key");
        String clientId = created.path("client.id");
        api(organizer.accessToken()).get(created.header("Location")).then().statusCode(200)
                .body("id", equalTo(clientId))
                .body("keyHint", equalTo(key.substring(0, 8)))
                .body("$", not(hasKey("key")));
        String listed = api(organizer.accessToken()).get("/api/v1/integration-clients").then().statusCode(200)
                .body("items.id", hasItem(clientId)).extract().asString();
        assertThat(listed).doesNotContain(key);

        Object[] stored = QuarkusTransaction.requiringNew().call(() -> (Object[]) entityManager.createNativeQuery(
                        "SELECT key_hash, key_hint FROM integration_client WHERE id = :id")
                .setParameter("id", UUID.fromString(clientId)).getSingleResult());
        assertThat(stored[0]).isEqualTo(SecretTokens.sha256Hex(key));
        assertThat(stored[1]).isEqualTo(key.substring(0, 8));
    }

    @Test
    void anUnknownScopeIsRefusedNamingIt() {
        SignedIn organizer = TestData.organizer();
        api(organizer.accessToken()).body(Map.of("name", "CRM", "scopes", List.of("events:read", "calendar:write")))
                .post("/api/v1/integration-clients").then().statusCode(400)
                .contentType("application/problem+json")
                .body("errors[0].field", equalTo("scopes"))
                .body("errors[0].message", containsString("calendar:write"));
    }

    @Test
    void onlyOrganizersManageClients() {
        SignedIn organizer = TestData.organizer();
        SignedIn attendee = TestData.attendee();
        var issued = IntegrationKeys.issue(organizer.accessToken(), "events:read");
        api(attendee.accessToken()).get("/api/v1/integration-clients").then().statusCode(403);
        api(attendee.accessToken()).body(Map.of("name", "Mine", "scopes", List.of("events:read")))
                .post("/api/v1/integration-clients").then().statusCode(403);
        api(attendee.accessToken()).post("/api/v1/integration-clients/" + issued.clientId() + "/rotate").then().statusCode(403);
        api(attendee.accessToken()).delete("/api/v1/integration-clients/" + issued.clientId()).then().statusCode(403);
        raw().get("/api/v1/integration-clients").then().statusCode(401).contentType("application/problem+json");
        // A key, even one holding every scope, manages no keys.
        var everything = IntegrationKeys.issue(organizer.accessToken(), ALL_SCOPES);
        raw().header("Authorization", "Bearer " + everything.key()).get("/api/v1/integration-clients")
                .then().statusCode(403).contentType("application/problem+json");
        raw().header("Authorization", "Bearer " + everything.key()).post("/api/v1/integration-clients/" + issued.clientId() + "/rotate")
                .then().statusCode(403).contentType("application/problem+json");
    }

    @Test
    void aKeyReadsWhatItsScopesOpen() {
        SignedIn organizer = TestData.organizer();
        SignedIn attendee = TestData.attendee();
        UUID eventId = fixtures.event(organizer.id());
        UUID registrationId = fixtures.register(eventId, attendee.id());
        String key = IntegrationKeys.issue(organizer.accessToken(), ALL_SCOPES).key();

        api(key).get("/api/v1/events").then().statusCode(200);
        api(key).get("/api/v1/events/" + eventId).then().statusCode(200).body("id", equalTo(eventId.toString()));
        api(key).get("/api/v1/events/" + eventId + "/registrations").then().statusCode(200)
                .body("items.id", hasItem(registrationId.toString()));
        api(key).get("/api/v1/events/" + eventId + "/registrations/" + registrationId).then().statusCode(200)
                .body("$", not(hasKey("ticketToken")));
        api(key).get("/api/v1/events/" + eventId + "/attendees").then().statusCode(200)
                .body("items.profile.attendeeId", hasItem(attendee.id().toString()));
        api(key).get("/api/v1/attendees/" + attendee.id()).then().statusCode(200);
        api(key).get("/api/v1/introductions?eventId=" + eventId).then().statusCode(200);
    }

    @ParameterizedTest(name = "{0} needs {1}")
    @CsvSource({
            "/api/v1/events, events:read",
            "/api/v1/events/{event}, events:read",
            "/api/v1/events/{event}/registrations, registrations:read",
            "/api/v1/events/{event}/registrations/{registration}, registrations:read",
            "/api/v1/events/{event}/attendees, attendees:read",
            "/api/v1/attendees/{attendee}, attendees:read",
            "/api/v1/introductions, introductions:read",
            "/api/v1/introductions/{introduction}, introductions:read"})
    void outsideItsScopesAKeyIsRefusedNamingTheMissingScope(String path, String scope) {
        SignedIn organizer = TestData.organizer();
        SignedIn attendee = TestData.attendee();
        UUID eventId = fixtures.event(organizer.id());
        UUID registrationId = fixtures.register(eventId, attendee.id());
        String[] allButThisOne = Arrays.stream(ALL_SCOPES).filter(other -> !other.equals(scope))
                .toArray(String[]::new);
        String key = IntegrationKeys.issue(organizer.accessToken(), allButThisOne).key();
        String resolved = path.replace("{event}", eventId.toString()).replace("{registration}", registrationId.toString())
                .replace("{attendee}", attendee.id().toString()).replace("{introduction}", UUID.randomUUID().toString());

        api(key).get(resolved).then().statusCode(403)
                .contentType("application/problem+json")
                .header("WWW-Authenticate", containsString("scope=\"" + scope + "\""))
                .body("type", equalTo("https://rounds.app/problems/insufficient-scope"))
                .body("detail", containsString(scope));
    }

    @Test
    void aKeyNeverReachesNotesReferralReportsOrAnAttendeesOwnEndpoints() {
        SignedIn organizer = TestData.organizer();
        String key = IntegrationKeys.issue(organizer.accessToken(), ALL_SCOPES).key();
        UUID someConnection = UUID.randomUUID();
        for (String path : List.of("/api/v1/me", "/api/v1/me/profile", "/api/v1/me/registrations",
                "/api/v1/me/calendar-feed", "/api/v1/connections", "/api/v1/connections/" + someConnection + "/notes",
                "/api/v1/connections/" + someConnection + "/referral-reports", "/api/v1/follow-ups")) {
            raw().header("Authorization", "Bearer " + key).get(path).then().statusCode(403)
                    .contentType("application/problem+json")
                    .body("detail", containsString("Integration keys may not use this operation"));
        }
        raw().header("Authorization", "Bearer " + key).contentType("application/json")
                .body(Map.of("text", "a note")).post("/api/v1/connections/" + someConnection + "/notes")
                .then().statusCode(403).contentType("application/problem+json");
        // Organizer-only operations refuse keys too, whether the role check or the scope gate speaks first.
        raw().header("Authorization", "Bearer " + key).get("/api/v1/dashboard/events/" + UUID.randomUUID())
                .then().statusCode(403).contentType("application/problem+json");
        raw().header("Authorization", "Bearer " + key).contentType("application/json")
                .body(Map.of("title", "x")).post("/api/v1/events")
                .then().statusCode(403).contentType("application/problem+json");
    }

    @Test
    void aRevokedKeyIsRefusedAtOnce() {
        SignedIn organizer = TestData.organizer();
        var issued = IntegrationKeys.issue(organizer.accessToken(), "events:read");
        api(issued.key()).get("/api/v1/events").then().statusCode(200);

        api(organizer.accessToken()).delete("/api/v1/integration-clients/" + issued.clientId()).then().statusCode(204);

        api(issued.key()).get("/api/v1/events").then().statusCode(401).contentType("application/problem+json");
        api(organizer.accessToken()).get("/api/v1/integration-clients/" + issued.clientId()).then().statusCode(200)
                .body("revokedAt", notNullValue());
        api(organizer.accessToken()).post("/api/v1/integration-clients/" + issued.clientId() + "/rotate").then().statusCode(409);
    }

    @Test
    void aRotatedOutKeyWorksThroughTheGracePeriodThenIsRefused() {
        SignedIn organizer = TestData.organizer();
        var issued = IntegrationKeys.issue(organizer.accessToken(), "events:read");
        String newKey = api(organizer.accessToken()).post("/api/v1/integration-clients/" + issued.clientId() + "/rotate")
                .then().statusCode(200).body("client.previousKeyExpiresAt", notNullValue()).extract().path("key");
        assertThat(newKey).isNotEqualTo(issued.key());
        api(issued.key()).get("/api/v1/events").then().statusCode(200);
        api(newKey).get("/api/v1/events").then().statusCode(200);

        IntegrationKeys.endGrace(issued.clientId());

        api(issued.key()).get("/api/v1/events").then().statusCode(401).contentType("application/problem+json");
        api(newKey).get("/api/v1/events").then().statusCode(200);
    }

    @Test
    void aMalformedOrUnknownKeyIsUnauthenticated() {
        api("rnd_not-a-key").get("/api/v1/events").then().statusCode(401).contentType("application/problem+json");
        api("rnd_" + SecretTokens.newToken()).get("/api/v1/events").then().statusCode(401)
                .contentType("application/problem+json");
    }

    @Test
    void lastUseIsRecordedAndShown() {
        SignedIn organizer = TestData.organizer();
        var issued = IntegrationKeys.issue(organizer.accessToken(), "events:read");
        api(organizer.accessToken()).get("/api/v1/integration-clients/" + issued.clientId()).then().statusCode(200)
                .body("$", not(hasKey("lastUsedAt")));
        api(issued.key()).get("/api/v1/events").then().statusCode(200);
        api(organizer.accessToken()).get("/api/v1/integration-clients/" + issued.clientId()).then().statusCode(200)
                .body("lastUsedAt", notNullValue());
    }

    @Test
    void contactDetailsStayHiddenUntilTheAttendeeOptsIn() {
        SignedIn organizer = TestData.organizer();
        SignedIn owner = TestData.attendee();
        UUID eventId = fixtures.event(organizer.id());
        fixtures.register(eventId, owner.id());
        Profiles.save(owner.accessToken(), Profiles.body(Map.of("visibility", Profiles.allContacts("EVENT_ATTENDEES"))));
        String key = IntegrationKeys.issue(organizer.accessToken(), "attendees:read").key();

        JsonPath before = api(key).get("/api/v1/attendees/" + owner.id()).then().statusCode(200).extract().jsonPath();
        assertThat(before.getMap("")).doesNotContainKeys("email", "cellNumber");
        assertThat(before.getString("linkedinUrl")).isEqualTo("https://www.linkedin.com/in/dana-reyes");
        assertThat(attendeeInList(key, eventId, owner.id())).doesNotContainKeys("email", "cellNumber");

        Profiles.save(owner.accessToken(), Profiles.body(Map.of("visibility", Profiles.allContacts("CONNECTIONS"),
                "shareContactWithIntegrations", true)));
        api(owner.accessToken()).get("/api/v1/me/profile").then().statusCode(200)
                .body("shareContactWithIntegrations", equalTo(true));

        JsonPath after = api(key).get("/api/v1/attendees/" + owner.id()).then().statusCode(200).extract().jsonPath();
        assertThat(after.getString("email")).isEqualTo("dana.reyes@example.org");
        assertThat(after.getString("cellNumber")).isEqualTo("+14105550123");
        assertThat(attendeeInList(key, eventId, owner.id())).containsEntry("email", "dana.reyes@example.org");

        Profiles.save(owner.accessToken(), Profiles.body(Map.of("visibility", Profiles.allContacts("ONLY_ME"),
                "shareContactWithIntegrations", true)));
        JsonPath privateAgain = api(key).get("/api/v1/attendees/" + owner.id()).then().statusCode(200).extract().jsonPath();
        assertThat(privateAgain.getMap("")).doesNotContainKeys("email", "cellNumber");
    }

    private static Map<String, Object> attendeeInList(String key, UUID eventId, UUID attendeeId) {
        List<Map<String, Object>> profiles = api(key).get("/api/v1/events/" + eventId + "/attendees").then().statusCode(200)
                .extract().jsonPath().getList("items.profile");
        return profiles.stream().filter(profile -> attendeeId.toString().equals(profile.get("attendeeId"))).findFirst()
                .orElseThrow();
    }

    @Test
    void everyKeyedResponseTellsTheAllowanceAndOneOverItIsRefusedWithRetryAfter() {
        SignedIn organizer = TestData.organizer();
        String key = IntegrationKeys.issue(organizer.accessToken(), "events:read").key();
        api(key).get("/api/v1/events").then().statusCode(200)
                .header("RateLimit-Policy", equalTo("\"per-key\";q=40;w=60"))
                .header("RateLimit", matchesPattern("\"per-key\";r=39;t=\\d+"));
        // The test profile allows 40 a minute; a window that renews mid-run allows at most 40 more.
        io.restassured.response.Response refused = null;
        for (int request = 2; request <= 81 && refused == null; request++) {
            var response = raw().header("Authorization", "Bearer " + key).get("/api/v1/events");
            if (response.statusCode() == 429) {
                refused = response;
            } else {
                assertThat(response.statusCode()).isEqualTo(200);
            }
        }
        assertThat(refused).as("a 429 within two windows' allowance").isNotNull();
        refused.then().contentType("application/problem+json")
                .body("type", equalTo("https://rounds.app/problems/rate-limited"))
                .header("Retry-After", matchesPattern("\\d+"))
                .header("RateLimit", matchesPattern("\"per-key\";r=0;t=\\d+"));
        // Accounts are not counted.
        api(organizer.accessToken()).get("/api/v1/events").then().statusCode(200)
                .header("RateLimit", org.hamcrest.Matchers.nullValue());
    }
}
