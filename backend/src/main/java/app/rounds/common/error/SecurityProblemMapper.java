package app.rounds.common.error;

import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;

import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

import io.quarkus.security.AuthenticationCompletionException;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.ForbiddenException;
import io.quarkus.security.UnauthorizedException;
import io.vertx.ext.web.RoutingContext;

/** Refusals from the security layer: no or bad token (401), or a role the operation does not allow (403). */
public class SecurityProblemMapper {

    @ServerExceptionMapper({UnauthorizedException.class, AuthenticationFailedException.class,
            AuthenticationCompletionException.class})
    public Response unauthenticated(RoutingContext request) {
        return ProblemResponses.build(request, Problem.of("unauthenticated", "Unauthenticated", 401,
                        "A valid bearer token is required"))
                .header(HttpHeaders.WWW_AUTHENTICATE, "Bearer")
                .build();
    }

    @ServerExceptionMapper
    public Response forbidden(ForbiddenException e, RoutingContext request) {
        return ProblemResponses.respond(request, Problem.of("forbidden", "Forbidden", 403,
                "Your account may not perform this operation"));
    }
}
