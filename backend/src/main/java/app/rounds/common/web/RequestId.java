package app.rounds.common.web;

import java.util.UUID;
import java.util.regex.Pattern;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import org.jboss.logging.MDC;

import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;

/**
 * Gives every request an id (the caller's {@code X-Request-Id} when it is sane, else a new one) that appears in the
 * logs, in the response header and in every problem body, so a user's report can be traced.
 */
@ApplicationScoped
public class RequestId {

    public static final String HEADER = "X-Request-Id";
    private static final String KEY = "requestId";
    private static final Pattern SANE = Pattern.compile("[A-Za-z0-9._-]{8,64}");

    void register(@Observes Router router) {
        router.route().order(-1000).handler(this::assign);
    }

    private void assign(RoutingContext context) {
        String offered = context.request().getHeader(HEADER);
        String id = offered != null && SANE.matcher(offered).matches() ? offered : UUID.randomUUID().toString();
        context.put(KEY, id);
        context.response().putHeader(HEADER, id);
        MDC.put(KEY, id);
        context.addEndHandler(done -> MDC.remove(KEY));
        context.next();
    }

    public static String of(RoutingContext context) {
        Object id = context.get(KEY);
        return id == null ? null : id.toString();
    }
}
