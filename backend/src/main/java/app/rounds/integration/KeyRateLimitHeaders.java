package app.rounds.integration;

import jakarta.inject.Inject;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.core.HttpHeaders;

import org.jboss.resteasy.reactive.server.ServerRequestFilter;
import org.jboss.resteasy.reactive.server.ServerResponseFilter;

import app.rounds.common.error.RateLimited;
import app.rounds.common.security.IntegrationCaller;
import io.quarkus.security.identity.CurrentIdentityAssociation;
import io.smallrye.mutiny.Uni;

/**
 * Refuses a keyed request over its client's allowance (429, {@code Retry-After}) and tells every keyed response where
 * the client stands, in the IETF httpapi {@code RateLimit-Policy} and {@code RateLimit} fields. The count itself is
 * taken once per request, when the key is authenticated.
 */
public class KeyRateLimitHeaders {

    private static final String USAGE = KeyRateLimit.Usage.class.getName();

    @Inject
    CurrentIdentityAssociation identities;

    @ServerRequestFilter
    public Uni<Void> enforce(ContainerRequestContext request) {
        if (!IntegrationCaller.presentsKey(request.getHeaderString(HttpHeaders.AUTHORIZATION))) {
            return Uni.createFrom().voidItem();
        }
        return identities.getDeferredIdentity().invoke(identity -> {
            KeyRateLimit.Usage usage = identity.getAttribute(IntegrationKeyIdentityProvider.RATE_USAGE);
            if (usage == null) {
                return;
            }
            request.setProperty(USAGE, usage);
            if (usage.exceeded()) {
                throw new RateLimited("This key has made its " + usage.limit() + " requests for the window",
                        usage.resetIn());
            }
        }).replaceWithVoid();
    }

    @ServerResponseFilter
    public void describe(ContainerRequestContext request, ContainerResponseContext response) {
        if (request.getProperty(USAGE) instanceof KeyRateLimit.Usage usage) {
            response.getHeaders().putSingle("RateLimit-Policy",
                    "\"per-key\";q=" + usage.limit() + ";w=" + usage.window().toSeconds());
            response.getHeaders().putSingle("RateLimit",
                    "\"per-key\";r=" + usage.remaining() + ";t=" + Math.max(1, usage.resetIn().toSeconds()));
        }
    }
}
