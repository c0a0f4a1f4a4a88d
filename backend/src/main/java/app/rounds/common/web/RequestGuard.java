package app.rounds.common.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import io.vertx.core.http.HttpHeaders;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;

/**
 * Refuses, before anything reads them, requests that no operation could accept: an oversized body, or a NUL
 * character in the path or query (PostgreSQL cannot store it), each as a problem the client can read.
 */
@ApplicationScoped
public class RequestGuard {

    @ConfigProperty(name = "rounds.http.max-request-body-bytes")
    long maxBytes;

    /** Photo uploads may be larger than any JSON body; their operation checks the exact limit itself. */
    @ConfigProperty(name = "rounds.http.max-upload-body-bytes")
    long maxUploadBytes;

    /** Registration imports (CSV files) are the largest bodies of all; their operation counts the bytes too. */
    @ConfigProperty(name = "rounds.imports.max-file-bytes")
    long maxImportBytes;

    private static final String UPLOAD_PATH = "/api/v1/me/profile/photo";
    private static final java.util.regex.Pattern IMPORT_PATH = java.util.regex.Pattern.compile("/api/v1/events/[^/]+/imports");

    void register(@Observes Router router) {
        router.route("/api/*").order(-900).handler(this::check);
    }

    private void check(RoutingContext context) {
        String length = context.request().getHeader(HttpHeaders.CONTENT_LENGTH);
        if (length != null) {
            long limit = bodyLimit(context.request().path());
            if (exceeds(length, limit)) {
                refuse(context, 413, "content-too-large", "Content too large", "The request body exceeds " + limit + " bytes");
                return;
            }
        }
        if (holdsNul(context.request().uri())) {
            refuse(context, 400, "validation", "Invalid input", "The path or query contains a NUL character");
            return;
        }
        context.next();
    }

    private static boolean holdsNul(String uri) {
        return uri.indexOf('\u0000') >= 0 || uri.toLowerCase(java.util.Locale.ROOT).contains("%00");
    }

    private static void refuse(RoutingContext context, int status, String type, String title, String detail) {
        JsonObject problem = new JsonObject()
                .put("type", "https://rounds.app/problems/" + type)
                .put("title", title)
                .put("status", status)
                .put("detail", detail)
                .put("instance", context.request().path())
                .put("requestId", RequestId.of(context));
        context.response().setStatusCode(status)
                .putHeader(HttpHeaders.CONTENT_TYPE, "application/problem+json")
                .putHeader(HttpHeaders.CONNECTION, "close")
                .end(problem.encode());
    }

    /** Only requests with a body are asked: the path match stays off the path of every GET. */
    private long bodyLimit(String path) {
        if (UPLOAD_PATH.equals(path)) {
            return maxUploadBytes;
        }
        return IMPORT_PATH.matcher(path).matches() ? maxImportBytes : maxBytes;
    }

    private static boolean exceeds(String contentLength, long limit) {
        try {
            return Long.parseLong(contentLength.trim()) > limit;
        } catch (NumberFormatException e) {
            return true;
        }
    }
}
