package app.rounds.common.security;

import java.lang.reflect.Method;

import jakarta.inject.Inject;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.HttpHeaders;

import org.jboss.resteasy.reactive.server.ServerRequestFilter;

import app.rounds.common.error.MissingScope;
import app.rounds.common.error.NotAllowed;
import io.quarkus.security.identity.CurrentIdentityAssociation;
import io.smallrye.mutiny.Uni;

/**
 * Keeps integration keys to the operations marked {@link RequiresScope}, and there to keys holding that scope. Requests
 * without a key pass untouched (and are not authenticated here), so accounts see no difference.
 */
public class ScopeGate {

    @Inject
    CurrentIdentityAssociation identities;

    @ServerRequestFilter
    public Uni<Void> admitKeys(ContainerRequestContext request, ResourceInfo resource) {
        if (!IntegrationCaller.presentsKey(request.getHeaderString(HttpHeaders.AUTHORIZATION))) {
            return Uni.createFrom().voidItem();
        }
        Method method = resource.getResourceMethod();
        RequiresScope required = method == null ? null : method.getAnnotation(RequiresScope.class);
        return identities.getDeferredIdentity().invoke(identity -> {
            IntegrationCaller caller = identity.getAttribute(IntegrationCaller.ATTRIBUTE);
            if (caller == null) {
                return;
            }
            if (required == null && method.isAnnotationPresent(FiltersByScope.class)) {
                return;
            }
            if (required == null) {
                throw new NotAllowed("Integration keys may not use this operation");
            }
            if (!caller.holds(required.value())) {
                throw new MissingScope(required.value().value());
            }
        }).replaceWithVoid();
    }
}
