package app.rounds.common.error;

import java.util.Set;

import jakarta.inject.Inject;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;

import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

import app.rounds.common.openapi.ContractIndex;
import io.vertx.ext.web.RoutingContext;

/**
 * Failures the HTTP layer raises itself (unknown route, wrong method or media type, unparseable parameter), and
 * anything unexpected, which becomes a 500 that says nothing about the internals.
 */
public class HttpProblemMapper {

    @Inject
    ContractIndex contract;

    private static final Logger LOG = Logger.getLogger(HttpProblemMapper.class);
    private static final int DATABASE_RETRY_AFTER_SECONDS = 5;

    @ServerExceptionMapper
    public Response http(WebApplicationException e, RoutingContext request) {
        int status = e.getResponse().getStatus();
        if (status >= 500) {
            return unexpected(e, request);
        }
        if (e.getCause() instanceof com.fasterxml.jackson.core.JsonProcessingException unreadableBody) {
            return JsonProblemMapper.describe(unreadableBody, request);
        }
        String path = request.request().path();
        if (status == 404 || status == 405) {
            Set<String> allowed = contract.allowedMethods(path);
            if (!allowed.isEmpty() && !allowed.contains(request.request().method().name())) {
                return ProblemResponses.build(request, Problem.of("method-not-allowed", "Method Not Allowed", 405,
                                "This resource answers " + String.join(", ", allowed)))
                        .header(HttpHeaders.ALLOW, String.join(", ", allowed))
                        .build();
            }
        }
        if (status == 406) {
            Set<String> offered = contract.offeredMediaTypes(path, request.request().method().name());
            if (!offered.isEmpty()) {
                return ProblemResponses.respond(request, Problem.of("not-acceptable", "Not Acceptable", 406,
                        "No acceptable representation; this operation offers " + String.join(", ", offered)));
            }
        }
        Response.StatusType type = Response.Status.fromStatusCode(status);
        String title = type == null ? "Request refused" : type.getReasonPhrase();
        String slug = title.toLowerCase().replaceAll("[^a-z]+", "-");
        return ProblemResponses.build(request, Problem.of(slug, title, status, detailFor(status)))
                .replaceAll(e.getResponse().getHeaders())
                .type(Problem.MEDIA_TYPE)
                .build();
    }

    @ServerExceptionMapper
    public Response unexpected(Throwable e, RoutingContext request) {
        if (StorageFailures.isConcurrentChange(e)) {
            return ProblemResponses.respond(request, Problem.of("conflict", "Conflict", 409,
                    "Someone changed this at the same moment; reload it and try again"));
        }
        if (StorageFailures.isDatabaseUnavailable(e)) {
            // Every request fails the same way while the database is away: one line each, not a stack trace each.
            LOG.warnf("Database unavailable: %s", StorageFailures.rootMessage(e));
            return ProblemResponses.build(request, Problem.of("unavailable", "Service unavailable", 503,
                            "The service cannot reach its database; try again shortly"))
                    .header(HttpHeaders.RETRY_AFTER, DATABASE_RETRY_AFTER_SECONDS)
                    .build();
        }
        LOG.error("Unhandled failure", e);
        return ProblemResponses.respond(request, Problem.of("internal", "Internal error", 500,
                "Something went wrong on our side; quote the request id when reporting it"));
    }

    private static String detailFor(int status) {
        return switch (status) {
            case 404 -> "No such resource";
            case 405 -> "This method is not allowed on this resource";
            case 406 -> "No acceptable representation of this resource";
            case 415 -> "This operation does not take that media type; its contract names the ones it takes";
            default -> "The request cannot be processed";
        };
    }
}
