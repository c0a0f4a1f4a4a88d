package app.rounds.common.error;

import java.util.List;

import jakarta.ws.rs.core.Response;

import app.rounds.common.web.RequestId;
import io.vertx.ext.web.RoutingContext;

/** Turns a {@link Problem} into a response that carries the request's id and path. */
final class ProblemResponses {

    private ProblemResponses() {
    }

    static Response.ResponseBuilder build(RoutingContext request, Problem problem) {
        Problem located = problem.at(request.request().path(), RequestId.of(request));
        return Response.status(problem.status()).type(Problem.MEDIA_TYPE).entity(located);
    }

    static Response respond(RoutingContext request, Problem problem) {
        return build(request, problem).build();
    }

    static Response invalid(RoutingContext request, String detail, List<Problem.FieldError> errors) {
        return respond(request, Problem.of("validation", "Invalid input", 400, detail).withFieldErrors(errors));
    }
}
