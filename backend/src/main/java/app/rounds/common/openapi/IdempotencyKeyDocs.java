package app.rounds.common.openapi;

import java.util.List;

import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.PathItem;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.parameters.Parameter;

import app.rounds.common.error.Problem;
import app.rounds.common.idempotency.IdempotencyFilter;

/**
 * Documents {@code Idempotency-Key} once, as a shared header parameter, and names it on every POST operation that
 * takes it, with the 409 and 422 it can answer. Operations marked with the extension
 * {@link IdempotencyFilter#NOT_ACCEPTED} are left without it.
 */
public class IdempotencyKeyDocs implements OASFilter {

    private static final String PARAMETER = "IdempotencyKey";
    private static final String REUSED = "IdempotencyKeyReused";

    @Override
    public PathItem filterPathItem(PathItem item) {
        Operation post = item.getPOST();
        if (post == null || post.getExtensions() != null && post.getExtensions().containsKey(IdempotencyFilter.NOT_ACCEPTED)) {
            return item;
        }
        post.addParameter(OASFactory.createParameter().ref(PARAMETER));
        if (!post.getResponses().hasAPIResponse("409")) {
            post.getResponses().addAPIResponse("409", OASFactory.createAPIResponse().ref(ApiDocs.CONFLICT));
        }
        // An operation's own 422 is a problem+json too; the header's description names the reuse case.
        if (!post.getResponses().hasAPIResponse("422")) {
            post.getResponses().addAPIResponse("422", OASFactory.createAPIResponse().ref(REUSED));
        }
        return item;
    }

    @Override
    public void filterOpenAPI(OpenAPI openAPI) {
        openAPI.getComponents().addParameter(PARAMETER, OASFactory.createParameter()
                .name(IdempotencyFilter.HEADER)
                .in(Parameter.In.HEADER)
                .required(false)
                .description("IETF httpapi Idempotency-Key, e.g. a UUID (1-255 visible ASCII characters; a quoted"
                        + " structured-field string is taken as well). A retry with the same key, method, path and body by"
                        + " the same caller gets the first answer again (status, body, Location; marked"
                        + " `Idempotent-Replayed: true`); the same key with another request is a 422; while the first is"
                        + " still running, a 409. Keys are kept at least 24 hours; server errors (5xx) are not kept, so"
                        + " their retry runs again. Ignored on requests without credentials.")
                .schema(OASFactory.createSchema().type(List.of(Schema.SchemaType.STRING))
                        .minLength(1).maxLength(255)));
        openAPI.getComponents().addResponse(REUSED, OASFactory.createAPIResponse()
                .description("The Idempotency-Key was first used with a different request")
                .content(OASFactory.createContent().addMediaType(Problem.MEDIA_TYPE,
                        OASFactory.createMediaType().schema(OASFactory.createSchema().ref("Problem")))));
    }

}
