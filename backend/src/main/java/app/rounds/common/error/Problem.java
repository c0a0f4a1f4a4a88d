package app.rounds.common.error;

import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import com.fasterxml.jackson.annotation.JsonInclude;

/** An RFC 9457 problem detail; the one error shape of the API. */
@Schema(name = "Problem", description = "RFC 9457 problem details")
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Problem(
        @Schema(required = true, example = "https://rounds.app/problems/validation") String type,
        @Schema(required = true, example = "Invalid input") String title,
        @Schema(required = true, example = "400") int status,
        @Schema(required = true) String detail,
        String instance,
        @Schema(description = "Correlates this response with the server's logs") String requestId,
        @Schema(description = "Each invalid field, for validation problems") List<FieldError> errors) {

    public static final String MEDIA_TYPE = "application/problem+json";
    private static final String TYPE_BASE = "https://rounds.app/problems/";

    public static Problem of(String typeSlug, String title, int status, String detail) {
        return new Problem(TYPE_BASE + typeSlug, title, status, detail, null, null, null);
    }

    public Problem withFieldErrors(List<FieldError> fieldErrors) {
        return new Problem(type, title, status, detail, instance, requestId, fieldErrors);
    }

    public Problem at(String instancePath, String id) {
        return new Problem(type, title, status, detail, instancePath, id, errors);
    }

    @Schema(name = "FieldError")
    public record FieldError(@Schema(required = true, example = "email") String field,
                             @Schema(required = true, example = "must be a well-formed email address") String message) {
    }
}
