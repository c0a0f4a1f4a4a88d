package app.rounds.support;

import static app.rounds.support.Api.api;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.persistence.EntityManager;

import io.quarkus.arc.Arc;
import io.quarkus.narayana.jta.QuarkusTransaction;

/** Integration clients made through the API, as an organizer would. */
public final class IntegrationKeys {

    private IntegrationKeys() {
    }

    public record Issued(UUID clientId, String key) {
    }

    /** A new client holding these scopes; its key. */
    public static Issued issue(String organizerToken, String... scopes) {
        var created = api(organizerToken).body(Map.of("name", "Practice CRM", "scopes", List.of(scopes)))
                .post("/api/v1/integration-clients").then().statusCode(201).extract();
        return new Issued(UUID.fromString(created.path("client.id")), created.path("key"));
    }

    /** Moves the end of a rotated-out key's grace period into the past, as if the grace had run out. */
    public static void endGrace(UUID clientId) {
        QuarkusTransaction.requiringNew().run(() -> Arc.container().instance(EntityManager.class).get()
                .createNativeQuery("UPDATE integration_client SET previous_key_expires_at = now() - interval '1 second'"
                        + " WHERE id = :id")
                .setParameter("id", clientId)
                .executeUpdate());
    }
}
