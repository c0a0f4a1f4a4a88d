package app.rounds.common.openapi;

/** Names of the shared contract parts, for {@code @APIResponse(ref = ...)} and {@code @SecurityRequirement}. */
public final class ApiDocs {

    public static final String BEARER = "bearer";
    /** Integration clients' API keys; each keyed operation names it with its scope beside {@link #BEARER}. */
    public static final String INTEGRATION_KEY = "integrationKey";
    public static final String BAD_REQUEST = "BadRequest";
    public static final String UNAUTHORIZED = "Unauthorized";
    public static final String FORBIDDEN = "Forbidden";
    public static final String NOT_FOUND = "NotFound";
    public static final String CONFLICT = "Conflict";
    public static final String TOO_MANY_REQUESTS = "TooManyRequests";
    public static final String BUSY = "Busy";
    public static final String CONTENT_TOO_LARGE = "ContentTooLarge";
    public static final String UNSUPPORTED_MEDIA_TYPE = "UnsupportedMediaType";
    public static final String UNPROCESSABLE = "Unprocessable";

    private ApiDocs() {
    }
}
