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

/** Turns a valid integration key into an identity with the INTEGRATION role and the client's scopes. */
@ApplicationScoped
public class IntegrationKeyIdentityProvider implements IdentityProvider<IntegrationKeyRequest> {

    private final IntegrationClientService clients;

    IntegrationKeyIdentityProvider(IntegrationClientService clients) {
        this.clients = clients;
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
                        .build())
                .orElseThrow(() -> new AuthenticationFailedException("The integration key is unknown, revoked or rotated out")));
    }
}
