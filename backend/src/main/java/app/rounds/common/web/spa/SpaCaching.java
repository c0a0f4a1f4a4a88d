package app.rounds.common.web.spa;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import io.quarkus.runtime.LaunchMode;
import io.vertx.core.MultiMap;
import io.vertx.core.http.HttpHeaders;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;

/**
 * How long browsers keep the SPA's files. Vite's bundles under /assets/ carry a content hash in their names, so they are
 * kept for a year; the files that name them (index.html, the service worker and its helpers, the web app manifest) are
 * revalidated on every use, so a deploy reaches every phone on its next visit instead of up to a day later. Other
 * files (icons) keep the static handler's day. Set when the headers go out, after the static handler has set its own.
 */
@ApplicationScoped
public class SpaCaching {

    static final String REVALIDATE = "no-cache";
    static final String FOREVER = "public, max-age=31536000, immutable";
    static final String MANIFEST_TYPE = "application/manifest+json";

    void register(@Observes Router router) {
        if (LaunchMode.current() == LaunchMode.DEVELOPMENT) {
            return;
        }
        router.route().order(-900).handler(this::onSpaFile);
    }

    private void onSpaFile(RoutingContext context) {
        String path = context.normalizedPath();
        if (!SpaRouting.isServerPath(path)) {
            context.addHeadersEndHandler(ignored -> setCaching(context, path));
        }
        context.next();
    }

    private static void setCaching(RoutingContext context, String path) {
        MultiMap headers = context.response().headers();
        if (path.endsWith(".webmanifest")) {
            // Vert.x knows no type for the extension the manifest standard names.
            headers.set(HttpHeaders.CONTENT_TYPE, MANIFEST_TYPE);
        }
        if (path.startsWith("/assets/")) {
            if (context.response().getStatusCode() == 200) {
                headers.set(HttpHeaders.CACHE_CONTROL, FOREVER);
            }
        } else if (namesOtherFiles(path)) {
            headers.set(HttpHeaders.CACHE_CONTROL, REVALIDATE);
        }
    }

    /** index.html (also for client routes, which SpaRouting reroutes to /), and the root scripts and manifest. */
    private static boolean namesOtherFiles(String path) {
        boolean atRoot = path.lastIndexOf('/') == 0;
        return path.equals("/") || path.equals("/index.html")
                || atRoot && (path.endsWith(".js") || path.endsWith(".webmanifest"));
    }
}
