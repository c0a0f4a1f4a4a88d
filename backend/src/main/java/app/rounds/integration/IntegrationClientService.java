package app.rounds.integration;

import java.time.Clock;
import java.time.Instant;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import app.rounds.common.error.InvalidInput;
import app.rounds.common.error.NotFound;
import app.rounds.common.paging.Cursor;
import app.rounds.common.security.ApiScope;
import app.rounds.common.security.IntegrationCaller;
import app.rounds.common.security.SecretTokens;
import io.quarkus.narayana.jta.QuarkusTransaction;

/** Issues, rotates and revokes integration keys, and tells which client a presented key belongs to. */
@ApplicationScoped
public class IntegrationClientService {

    /** The prefix and 256 random bits, base64url without padding. */
    private static final Pattern KEY_SHAPE = Pattern.compile(Pattern.quote(IntegrationCaller.KEY_PREFIX) + "[A-Za-z0-9_-]{43}");

    private final IntegrationClientRepository clients;
    private final IntegrationConfig config;
    private final Clock clock;

    IntegrationClientService(IntegrationClientRepository clients, IntegrationConfig config, Clock clock) {
        this.clients = clients;
        this.config = config;
        this.clock = clock;
    }

    @Transactional
    public IntegrationClient.Issued create(String name, List<String> scopes, UUID organizer) {
        IntegrationClient.Issued issued = IntegrationClient.create(name.strip(), parseScopes(scopes), organizer, clock.instant());
        clients.persist(issued.client());
        return issued;
    }

    public List<IntegrationClient> page(Cursor after, int limit) {
        return clients.page(after, limit);
    }

    public IntegrationClient get(UUID clientId) {
        return clients.findByIdOptional(clientId).orElseThrow(() -> new NotFound("Integration client " + clientId));
    }

    @Transactional
    public IntegrationClient.Issued rotate(UUID clientId) {
        return get(clientId).rotate(clock.instant(), config.rotationGrace());
    }

    @Transactional
    public IntegrationClient revoke(UUID clientId) {
        IntegrationClient client = get(clientId);
        client.revoke(clock.instant());
        return client;
    }

    /**
     * The client this key authenticates, now: not revoked, and either its current key or its previous one within the
     * grace period. Records the use, at most once per {@code rounds.integrations.last-use-resolution}.
     */
    public Optional<IntegrationCaller> authenticate(String key) {
        if (key == null || !KEY_SHAPE.matcher(key).matches()) {
            return Optional.empty();
        }
        Instant now = clock.instant();
        String hash = SecretTokens.sha256Hex(key);
        Optional<IntegrationClient> found = clients.byKeyHash(hash).filter(client -> client.accepts(hash, now));
        found.ifPresent(client -> {
            Instant staleBefore = now.minus(config.lastUseResolution());
            if (client.lastUsedAt() == null || client.lastUsedAt().isBefore(staleBefore)) {
                QuarkusTransaction.requiringNew().run(() -> clients.recordUse(client.id(), now, staleBefore));
            }
        });
        return found.map(IntegrationClient::caller);
    }

    Instant now() {
        return clock.instant();
    }

    private static Set<ApiScope> parseScopes(List<String> requested) {
        Set<ApiScope> scopes = EnumSet.noneOf(ApiScope.class);
        for (String value : requested) {
            scopes.add(ApiScope.parse(value).orElseThrow(() -> new InvalidInput("scopes", "unknown scope " + value
                    + "; known scopes: " + Arrays.stream(ApiScope.values()).map(ApiScope::value)
                    .collect(Collectors.joining(", ")))));
        }
        return scopes;
    }
}
