package app.rounds.common.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import io.quarkus.runtime.LaunchMode;
import io.vertx.core.MultiMap;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;

/**
 * Browser hardening on every response, the SPA's files and index.html included (the jar serves them itself when no
 * nginx is in front). In dev the Vite dev server's inline scripts and web socket need no policy in the way.
 */
@ApplicationScoped
public class SecurityHeaders {

    /** The SPA loads only its own scripts and styles; QR codes and photos are data:/blob: images. */
    static final String CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self'; style-src 'self';"
            + " img-src 'self' data: blob:; media-src 'self' blob:; connect-src 'self'; font-src 'self';"
            + " object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'";

    @ConfigProperty(name = "rounds.http.hsts")
    String strictTransportSecurity;

    void register(@Observes Router router) {
        boolean dev = LaunchMode.current() == LaunchMode.DEVELOPMENT;
        router.route().order(-1000).handler(context -> add(context, dev));
    }

    private void add(RoutingContext context, boolean dev) {
        MultiMap headers = context.response().headers();
        headers.set("X-Content-Type-Options", "nosniff");
        headers.set("Referrer-Policy", "no-referrer");
        headers.set("X-Frame-Options", "DENY");
        if (!strictTransportSecurity.isBlank()) {
            headers.set("Strict-Transport-Security", strictTransportSecurity);
        }
        if (!dev && !context.normalizedPath().startsWith("/q/")) {
            headers.set("Content-Security-Policy", CONTENT_SECURITY_POLICY);
        }
        context.next();
    }
}
