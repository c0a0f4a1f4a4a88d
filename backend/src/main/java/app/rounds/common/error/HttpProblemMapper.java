package app.rounds.common.error;

import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;

import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

import io.vertx.ext.web.RoutingContext;

/**
 * Failures the HTTP layer raises itself (unknown route, wrong method or media type, unparseable parameter), and
 * anything unexpected, which becomes a 500 that says nothing about the internals.
 */
public class HttpProblemMapper {

    private static final Logger LOG = Logger.getLogger(HttpProblemMapper.class);

    @ServerExceptionMapper
    public Response http(WebApplicationException e, RoutingContext request) {
        int status = e.getResponse().getStatus();
        if (status >= 500) {
            return unexpected(e, request);
        }
        if (e.getCause() instanceof com.fasterxml.jackson.core.JsonProcessingException unreadableBody) {
            return JsonProblemMapper.describe(unreadableBody, request);
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
        LOG.error("Unhandled failure", e);
        return ProblemResponses.respond(request, Problem.of("internal", "Internal error", 500,
                "Something went wrong on our side; quote the request id when reporting it"));
    }

    private static String detailFor(int status) {
        return switch (status) {
            case 404 -> "No such resource";
            case 405 -> "This method is not allowed on this resource";
            case 406 -> "No acceptable representation; ask for application/json";
            case 415 -> "Send the body as application/json";
            default -> "The request cannot be processed";
        };
    }
}
