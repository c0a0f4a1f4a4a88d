package app.rounds.common.error;

import java.util.Comparator;
import java.util.List;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.ElementKind;
import jakarta.validation.Path;
import jakarta.ws.rs.core.Response;

import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

import io.vertx.ext.web.RoutingContext;

/** Bean Validation failures: one field error per violation, named as the client sent it. */
public class ValidationProblemMapper {

    @ServerExceptionMapper
    public Response invalid(ConstraintViolationException e, RoutingContext request) {
        List<Problem.FieldError> errors = e.getConstraintViolations().stream()
                .map(violation -> new Problem.FieldError(fieldName(violation), violation.getMessage()))
                .sorted(Comparator.comparing(Problem.FieldError::field))
                .toList();
        String detail = errors.size() == 1
                ? errors.get(0).field() + ": " + errors.get(0).message()
                : errors.size() + " fields are invalid";
        return ProblemResponses.invalid(request, detail, errors);
    }

    /** Drops the Java method and parameter names, keeping the path inside the request (e.g. {@code venue.city}). */
    private static String fieldName(ConstraintViolation<?> violation) {
        StringBuilder name = new StringBuilder();
        for (Path.Node node : violation.getPropertyPath()) {
            if (node.getKind() == ElementKind.METHOD || node.getKind() == ElementKind.PARAMETER
                    || node.getKind() == ElementKind.RETURN_VALUE || node.getName() == null) {
                continue;
            }
            if (!name.isEmpty()) {
                name.append('.');
            }
            name.append(node.getName());
            if (node.getIndex() != null) {
                name.append('[').append(node.getIndex()).append(']');
            }
        }
        return name.isEmpty() ? "body" : name.toString();
    }
}
