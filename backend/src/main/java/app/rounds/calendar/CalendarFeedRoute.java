package app.rounds.calendar;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import io.quarkus.arc.Arc;
import io.quarkus.arc.ManagedContext;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;

import app.rounds.common.web.RequestId;

/**
 * Serves {@code /calendar/{token}.ics} outside the API: calendar apps hold only the URL, send no credentials and
 * often no Accept header. Any unknown, revoked or malformed token gets the same 404.
 */
@ApplicationScoped
public class CalendarFeedRoute {

    static final String CALENDAR = "text/calendar; charset=utf-8";
    private static final String SUFFIX = ".ics";
    /** RFC 9110 IMF-fixdate (two-digit day, unlike RFC_1123_DATE_TIME). */
    private static final DateTimeFormatter HTTP_DATE = DateTimeFormatter.ofPattern("EEE, dd MMM yyyy HH:mm:ss 'GMT'", Locale.US);

    private final CalendarFeedService feeds;

    CalendarFeedRoute(CalendarFeedService feeds) {
        this.feeds = feeds;
    }

    void register(@Observes Router router) {
        router.get("/calendar/:file").blockingHandler(this::serve, false);
        router.head("/calendar/:file").blockingHandler(this::serve, false);
    }

    private void serve(RoutingContext context) {
        ManagedContext requestContext = Arc.container().requestContext();
        boolean activated = !requestContext.isActive();
        if (activated) {
            requestContext.activate();
        }
        try {
            String file = context.pathParam("file");
            String token = file != null && file.endsWith(SUFFIX) ? file.substring(0, file.length() - SUFFIX.length()) : null;
            Optional<CalendarFeedService.Answer> answer = feeds.answer(token,
                    context.request().getHeader(HttpHeaders.IF_NONE_MATCH),
                    parseHttpDate(context.request().getHeader(HttpHeaders.IF_MODIFIED_SINCE)), origin(context));
            answer.ifPresentOrElse(found -> respond(context, found), () -> notFound(context));
        } finally {
            if (activated) {
                requestContext.terminate();
            }
        }
    }

    private static void respond(RoutingContext context, CalendarFeedService.Answer answer) {
        var response = context.response()
                .putHeader(HttpHeaders.ETAG, answer.validators().etag())
                .putHeader(HttpHeaders.CACHE_CONTROL, "private, no-cache")
                .putHeader("X-Robots-Tag", "noindex");
        answer.validators().lastModifiedToSend().ifPresent(time -> response.putHeader(HttpHeaders.LAST_MODIFIED, httpDate(time)));
        if (answer.notModified()) {
            response.setStatusCode(304).end();
            return;
        }
        response.putHeader(HttpHeaders.CONTENT_TYPE, CALENDAR)
                .putHeader("Content-Disposition", "inline; filename=\"rounds.ics\"")
                .end(answer.body());
    }

    /** Where the SPA lives, as the calendar app reached this service (links inside entries point there). */
    static String origin(RoutingContext context) {
        String host = context.request().getHeader(HttpHeaders.HOST);
        return context.request().scheme() + "://" + (host == null || host.isBlank() ? "localhost" : host);
    }

    private static void notFound(RoutingContext context) {
        JsonObject problem = new JsonObject()
                .put("type", "https://rounds.app/problems/not-found")
                .put("title", "Not found")
                .put("status", 404)
                .put("detail", "No calendar here")
                .put("instance", "/calendar")
                .put("requestId", RequestId.of(context));
        context.response().setStatusCode(404)
                .putHeader(HttpHeaders.CONTENT_TYPE, "application/problem+json")
                .putHeader(HttpHeaders.CACHE_CONTROL, "no-store")
                .end(problem.encode());
    }

    private static String httpDate(Instant time) {
        return HTTP_DATE.format(time.atOffset(ZoneOffset.UTC));
    }

    private static Instant parseHttpDate(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return ZonedDateTime.parse(value.strip(), DateTimeFormatter.RFC_1123_DATE_TIME).toInstant();
        } catch (DateTimeParseException e) {
            return null;
        }
    }
}
