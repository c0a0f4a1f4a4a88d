package app.rounds.common.error;

import java.util.List;

import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;

import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

import io.vertx.ext.web.RoutingContext;

/** Maps each kind of broken domain rule to its problem response. */
public class DomainProblemMappers {

    @ServerExceptionMapper
    public Response notFound(NotFound e, RoutingContext request) {
        return ProblemResponses.respond(request, Problem.of("not-found", "Not found", 404, e.getMessage()));
    }

    @ServerExceptionMapper
    public Response conflict(Conflict e, RoutingContext request) {
        return ProblemResponses.respond(request, Problem.of("conflict", "Conflict", 409, e.getMessage()));
    }

    @ServerExceptionMapper
    public Response idempotencyKeyReused(IdempotencyKeyReused e, RoutingContext request) {
        return ProblemResponses.respond(request, Problem.of("idempotency-key-reused", "Idempotency key reused", 422,
                e.getMessage()));
    }

    @ServerExceptionMapper
    public Response expired(Expired e, RoutingContext request) {
        return ProblemResponses.respond(request, Problem.of("expired", "Gone", 410, e.getMessage()));
    }

    @ServerExceptionMapper
    public Response invalidInput(InvalidInput e, RoutingContext request) {
        return ProblemResponses.invalid(request, e.getMessage(), List.of(new Problem.FieldError(e.field(), e.getMessage())));
    }

    @ServerExceptionMapper
    public Response contentTooLarge(ContentTooLarge e, RoutingContext request) {
        return ProblemResponses.respond(request, Problem.of("content-too-large", "Content too large", 413, e.getMessage()));
    }

    @ServerExceptionMapper
    public Response unprocessable(Unprocessable e, RoutingContext request) {
        return ProblemResponses.respond(request, Problem.of("unprocessable-content", "Unprocessable content", 422, e.getMessage()));
    }

    @ServerExceptionMapper
    public Response unsupportedContent(UnsupportedContent e, RoutingContext request) {
        return ProblemResponses.respond(request, Problem.of("unsupported-media-type", "Unsupported Media Type", 415,
                e.getMessage()));
    }

    @ServerExceptionMapper
    public Response notAllowed(NotAllowed e, RoutingContext request) {
        return ProblemResponses.respond(request, Problem.of("forbidden", "Forbidden", 403, e.getMessage()));
    }

    /** RFC 6750's insufficient_scope, with the missing scope named in the problem and in the challenge. */
    @ServerExceptionMapper
    public Response missingScope(MissingScope e, RoutingContext request) {
        return ProblemResponses.build(request, Problem.of("insufficient-scope", "Insufficient scope", 403, e.getMessage()))
                .header(HttpHeaders.WWW_AUTHENTICATE, "Bearer error=\"insufficient_scope\", scope=\"" + e.scope() + "\"")
                .build();
    }

    @ServerExceptionMapper
    public Response emailNotVerified(EmailNotVerified e, RoutingContext request) {
        return ProblemResponses.respond(request, Problem.of("email-not-verified", "Email address not verified", 403,
                e.getMessage()));
    }

    @ServerExceptionMapper
    public Response notAuthenticated(NotAuthenticated e, RoutingContext request) {
        return ProblemResponses.build(request, Problem.of("unauthenticated", "Unauthenticated", 401, e.getMessage()))
                .header(HttpHeaders.WWW_AUTHENTICATE, "Bearer")
                .build();
    }

    @ServerExceptionMapper
    public Response tooManyAttempts(TooManyAttempts e, RoutingContext request) {
        long seconds = Math.max(1, e.retryAfter().toSeconds());
        return ProblemResponses.build(request, Problem.of("too-many-attempts", "Too many attempts", 429,
                        e.getMessage() + " (in " + seconds + " seconds)"))
                .header(HttpHeaders.RETRY_AFTER, seconds)
                .build();
    }

    @ServerExceptionMapper
    public Response rateLimited(RateLimited e, RoutingContext request) {
        long seconds = Math.max(1, e.retryAfter().toSeconds());
        return ProblemResponses.build(request, Problem.of("rate-limited", "Too many requests", 429,
                        e.getMessage() + " (in " + seconds + " seconds)"))
                .header(HttpHeaders.RETRY_AFTER, seconds)
                .build();
    }

    @ServerExceptionMapper
    public Response busy(Busy e, RoutingContext request) {
        long seconds = Math.max(1, e.retryAfter().toSeconds());
        return ProblemResponses.build(request, Problem.of("busy", "Service busy", 503, e.getMessage()))
                .header(HttpHeaders.RETRY_AFTER, seconds)
                .build();
    }
}
