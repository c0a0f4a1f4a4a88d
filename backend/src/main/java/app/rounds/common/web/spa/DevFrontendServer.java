package app.rounds.common.web.spa;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.time.Duration;
import java.time.Instant;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

import io.quarkus.runtime.LaunchMode;
import io.vertx.core.Vertx;
import io.vertx.core.http.HttpClient;
import io.vertx.core.http.HttpClientResponse;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.http.RequestOptions;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;

/**
 * In dev mode, runs the SPA's own dev server ({@code npm run dev}, Vite) and forwards every page request to it, so
 * {@code ./mvnw quarkus:dev} serves API and SPA on one port with live reload of both.
 */
@ApplicationScoped
public class DevFrontendServer {

    private static final Logger LOG = Logger.getLogger(DevFrontendServer.class);
    private static final Duration START_TIMEOUT = Duration.ofSeconds(90);

    @ConfigProperty(name = "rounds.frontend.dev-server.port")
    int port;

    @ConfigProperty(name = "rounds.frontend.dev-server.directory")
    String directory;

    private HttpClient client;

    void register(@Observes Router router, Vertx vertx) {
        if (LaunchMode.current() != LaunchMode.DEVELOPMENT) {
            return;
        }
        startOncePerJvm();
        client = vertx.createHttpClient();
        router.route().order(-800).handler(this::forwardPages);
    }

    private void forwardPages(RoutingContext context) {
        String path = context.normalizedPath();
        if (path.startsWith("/api/") || path.startsWith("/q/") || path.equals("/q")) {
            context.next();
            return;
        }
        HttpServerRequest request = context.request();
        request.pause();
        RequestOptions options = new RequestOptions().setHost("localhost").setPort(port)
                .setMethod(request.method()).setURI(request.uri()).setHeaders(request.headers());
        client.request(options)
                .compose(forwarded -> forwarded.send(request))
                .onSuccess(response -> relay(context, response))
                .onFailure(failure -> context.response().setStatusCode(502)
                        .end("The SPA dev server on port " + port + " is not answering: " + failure.getMessage()));
    }

    private static void relay(RoutingContext context, HttpClientResponse response) {
        var out = context.response().setStatusCode(response.statusCode());
        out.headers().setAll(response.headers());
        out.headers().remove(HttpHeaders.TRANSFER_ENCODING);
        if (!out.headers().contains(HttpHeaders.CONTENT_LENGTH)) {
            out.setChunked(true);
        }
        response.pipeTo(out);
    }

    private synchronized void startOncePerJvm() {
        if (isListening()) {
            return;
        }
        File frontend = new File(directory).getAbsoluteFile();
        try {
            if (!new File(frontend, "node_modules").isDirectory()) {
                LOG.info("Installing the SPA's npm packages (first run)");
                run(new ProcessBuilder("npm", "install", "--no-audit", "--no-fund").directory(frontend).inheritIO());
            }
            ProcessBuilder vite = new ProcessBuilder("npm", "run", "dev", "--", "--port", String.valueOf(port), "--strictPort")
                    .directory(frontend).inheritIO();
            vite.environment().put("ROUNDS_HMR_CLIENT_PORT", String.valueOf(port));
            Process process = vite.start();
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                process.descendants().forEach(ProcessHandle::destroy);
                process.destroy();
            }, "spa-dev-server-stop"));
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot start the SPA dev server in " + frontend + " (is Node.js 20 installed?)", e);
        }
        awaitListening();
    }

    private static void run(ProcessBuilder command) throws IOException {
        try {
            int exit = command.start().waitFor();
            if (exit != 0) {
                throw new IllegalStateException(String.join(" ", command.command()) + " failed with exit code " + exit);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private void awaitListening() {
        Instant deadline = Instant.now().plus(START_TIMEOUT);
        while (!isListening()) {
            if (Instant.now().isAfter(deadline)) {
                throw new IllegalStateException("The SPA dev server did not start on port " + port);
            }
            try {
                Thread.sleep(200);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }

    private boolean isListening() {
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress("localhost", port), 200);
            return true;
        } catch (IOException e) {
            return false;
        }
    }
}
