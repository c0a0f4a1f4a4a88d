package app.rounds.common.web.spa;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import io.quarkus.runtime.LaunchMode;
import io.vertx.core.http.HttpMethod;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;

/**
 * Serves the SPA's index.html for its client-side routes (a deep link such as /events/42), leaving the API, the
 * management endpoints and real files alone. In dev the Vite dev server does this itself.
 */
@ApplicationScoped
public class SpaRouting {

    void register(@Observes Router router) {
        if (LaunchMode.current() == LaunchMode.DEVELOPMENT) {
            return;
        }
        router.route().order(-800).handler(this::rerouteClientRoutes);
    }

    private void rerouteClientRoutes(RoutingContext context) {
        if (isClientRoute(context)) {
            context.reroute("/");
            return;
        }
        context.next();
    }

    static boolean isClientRoute(RoutingContext context) {
        HttpMethod method = context.request().method();
        String path = context.normalizedPath();
        if (method != HttpMethod.GET && method != HttpMethod.HEAD) {
            return false;
        }
        if (path.equals("/") || isServerPath(path)) {
            return false;
        }
        String lastSegment = path.substring(path.lastIndexOf('/') + 1);
        return !lastSegment.contains(".");
    }

    /** The API and the management endpoints: answered by the service itself, never by the SPA or its files. */
    static boolean isServerPath(String path) {
        return path.equals("/api") || path.startsWith("/api/") || path.equals("/q") || path.startsWith("/q/");
    }
}
