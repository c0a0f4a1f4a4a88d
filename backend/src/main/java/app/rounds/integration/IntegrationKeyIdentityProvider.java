package app.rounds.integration;

import jakarta.enterprise.context.ApplicationScoped;

import app.rounds.common.security.IntegrationCaller;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.identity.AuthenticationRequestContext;
import io.quarkus.security.identity.IdentityProvider;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.runtime.QuarkusPrincipal;
import io.quarkus.security.runtime.QuarkusSecurityIdentity;
import io.smallrye.mutiny.Uni;

/**
 * Turns a valid integration key into an identity with the INTEGRATION role and the client's scopes, counting the
 * request against the client's rate limit on the way (authentication happens once per request).
 */
@ApplicationScoped
public class IntegrationKeyIdentityProvider implements IdentityProvider<IntegrationKeyRequest> {

    /** The identity attribute holding this request's {@link KeyRateLimit.Usage}. */
    static final String RATE_USAGE = "rounds.integration.rate-usage";

    private final IntegrationClientService clients;
    private final KeyRateLimit rateLimit;

    IntegrationKeyIdentityProvider(IntegrationClientService clients, KeyRateLimit rateLimit) {
        this.clients = clients;
        this.rateLimit = rateLimit;
    }

    @Override
    public Class<IntegrationKeyRequest> getRequestType() {
        return IntegrationKeyRequest.class;
    }

    @Override
    public Uni<SecurityIdentity> authenticate(IntegrationKeyRequest request, AuthenticationRequestContext context) {
        return context.runBlocking(() -> clients.authenticate(request.key())
                .map(caller -> (SecurityIdentity) QuarkusSecurityIdentity.builder()
                        .setPrincipal(new QuarkusPrincipal("integration:" + caller.clientId()))
                        .addRole(IntegrationCaller.ROLE)
                        .addAttribute(IntegrationCaller.ATTRIBUTE, caller)
                        .addAttribute(RATE_USAGE, rateLimit.count(caller.clientId()))
                        .build())
                .orElseThrow(() -> new AuthenticationFailedException("The integration key is unknown, revoked or rotated out")));
    }
}
