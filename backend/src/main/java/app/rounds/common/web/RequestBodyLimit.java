package app.rounds.common.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import io.vertx.core.http.HttpHeaders;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;

/** Refuses an oversized body up front, as a problem the client can read, before anything reads it. */
@ApplicationScoped
public class RequestBodyLimit {

    @ConfigProperty(name = "rounds.http.max-request-body-bytes")
    long maxBytes;

    void register(@Observes Router router) {
        router.route("/api/*").order(-900).handler(this::check);
    }

    private void check(RoutingContext context) {
        String length = context.request().getHeader(HttpHeaders.CONTENT_LENGTH);
        if (length != null && exceeds(length)) {
            JsonObject problem = new JsonObject()
                    .put("type", "https://rounds.app/problems/content-too-large")
                    .put("title", "Content too large")
                    .put("status", 413)
                    .put("detail", "The request body exceeds " + maxBytes + " bytes")
                    .put("instance", context.request().path())
                    .put("requestId", RequestId.of(context));
            context.response().setStatusCode(413)
                    .putHeader(HttpHeaders.CONTENT_TYPE, "application/problem+json")
                    .putHeader(HttpHeaders.CONNECTION, "close")
                    .end(problem.encode());
            return;
        }
        context.next();
    }

    private boolean exceeds(String contentLength) {
        try {
            return Long.parseLong(contentLength.trim()) > maxBytes;
        } catch (NumberFormatException e) {
            return true;
        }
    }
}
