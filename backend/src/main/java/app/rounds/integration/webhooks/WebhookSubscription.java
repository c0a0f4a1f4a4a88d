package app.rounds.integration.webhooks;

import java.net.URI;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.hibernate.annotations.DynamicUpdate;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/**
 * Where an organizer (later: an integration client) wants to be told of changes. Holds its signing secret and, for a
 * while after a rotation, the previous one; health fields are written by the dispatcher in SQL, and
 * only changed columns are written here ({@code @DynamicUpdate}), so an owner's edit never writes back a stale
 * {@code active} over the dispatcher's disabling.
 */
@Entity
@DynamicUpdate
@Table(name = "webhook_subscription")
public class WebhookSubscription {

    @Id
    private UUID id;
    private UUID ownerAccountId;
    private UUID clientId;
    private String url;
    private String description;
    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(nullable = false, columnDefinition = "text[]")
    private List<String> eventTypes = new ArrayList<>();
    private boolean active;
    private String secret;
    private String previousSecret;
    private Instant previousSecretUntil;
    /** Written only by the dispatcher (and cleared by {@link WebhookSubscriptions#reactivate}), never by Hibernate. */
    @Column(insertable = false, updatable = false)
    private Instant failingSince;
    @Column(insertable = false, updatable = false)
    private String disabledReason;
    private Instant createdAt;
    private Instant updatedAt;
    @Version
    private int version;

    protected WebhookSubscription() {
    }

    static WebhookSubscription create(UUID owner, UUID client, URI url, String description, List<String> eventTypes, Instant now) {
        WebhookSubscription subscription = new WebhookSubscription();
        subscription.id = UUID.randomUUID();
        subscription.ownerAccountId = owner;
        subscription.clientId = client;
        subscription.url = url.toString();
        subscription.description = description == null ? "" : description;
        subscription.eventTypes = new ArrayList<>(eventTypes);
        subscription.active = true;
        subscription.secret = WebhookSignatures.newSecret();
        subscription.createdAt = now;
        subscription.updatedAt = now;
        return subscription;
    }

    void moveTo(URI newUrl, Instant now) {
        url = newUrl.toString();
        updatedAt = now;
    }

    void describe(String newDescription, Instant now) {
        description = newDescription;
        updatedAt = now;
    }

    void listenTo(List<String> types, Instant now) {
        eventTypes = new ArrayList<>(types);
        updatedAt = now;
    }

    void activate(boolean on, Instant now) {
        active = on;
        updatedAt = now;
    }

    /** A new secret; the current one keeps signing alongside it until {@code overlapUntil}. */
    String rotateSecret(Instant overlapUntil, Instant now) {
        previousSecret = secret;
        previousSecretUntil = overlapUntil;
        secret = WebhookSignatures.newSecret();
        updatedAt = now;
        return secret;
    }

    public UUID id() { return id; }
    public UUID ownerAccountId() { return ownerAccountId; }
    /** The integration client that made it with its key; null for an organizer's own. */
    public UUID clientId() { return clientId; }
    public String url() { return url; }
    public String description() { return description; }
    public List<String> eventTypes() { return List.copyOf(eventTypes); }
    public boolean active() { return active; }
    String secret() { return secret; }
    public Instant previousSecretUntil() { return previousSecretUntil; }
    public Instant failingSince() { return failingSince; }
    public String disabledReason() { return disabledReason; }
    public Instant createdAt() { return createdAt; }
    public Instant updatedAt() { return updatedAt; }
}
