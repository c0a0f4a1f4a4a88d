package app.rounds.common.error;

import java.util.List;
import java.util.stream.Collectors;

import jakarta.ws.rs.core.Response;

import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;

import io.vertx.ext.web.RoutingContext;

/** A body that is not the JSON the operation expects: malformed, wrongly typed, or with fields it does not know. */
public class JsonProblemMapper {

    /** Names MismatchedInputException too, to take precedence over the framework's own mapper for it. */
    @ServerExceptionMapper({JsonProcessingException.class, MismatchedInputException.class})
    public Response unreadable(JsonProcessingException e, RoutingContext request) {
        return describe(e, request);
    }

    static Response describe(JsonProcessingException e, RoutingContext request) {
        if (!(e instanceof JsonMappingException mapping) || mapping.getPath().isEmpty()) {
            return ProblemResponses.invalid(request, "The request body is not well-formed JSON",
                    List.of(new Problem.FieldError("body", "malformed JSON")));
        }
        String field = fieldPath(mapping);
        String message = messageFor(e);
        return ProblemResponses.invalid(request, field + ": " + message, List.of(new Problem.FieldError(field, message)));
    }

    private static String messageFor(JsonProcessingException e) {
        if (e instanceof UnrecognizedPropertyException) {
            return "is not a known field";
        }
        if (e instanceof InvalidFormatException format) {
            return "must be a valid " + simpleType(format.getTargetType());
        }
        if (e instanceof MismatchedInputException mismatch) {
            return "must be a " + simpleType(mismatch.getTargetType());
        }
        return "has an invalid value";
    }

    private static String simpleType(Class<?> type) {
        if (type == null) {
            return "value of the expected type";
        }
        if (Number.class.isAssignableFrom(type) || (type.isPrimitive() && type != boolean.class)) {
            return "number";
        }
        if (type == Boolean.class || type == boolean.class) {
            return "boolean";
        }
        if (type.isEnum()) {
            return "one of " + java.util.Arrays.toString(type.getEnumConstants());
        }
        if (type == String.class) {
            return "string";
        }
        if (java.util.Collection.class.isAssignableFrom(type) || type.isArray()) {
            return "array";
        }
        return type.getSimpleName().replaceAll("([a-z])([A-Z])", "$1 $2").toLowerCase();
    }

    private static String fieldPath(JsonMappingException e) {
        return e.getPath().stream()
                .map(reference -> reference.getFieldName() != null ? reference.getFieldName() : "[" + reference.getIndex() + "]")
                .collect(Collectors.joining("."))
                .replace(".[", "[");
    }
}
