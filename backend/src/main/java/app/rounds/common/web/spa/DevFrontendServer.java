package app.rounds.common.web.spa;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
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
 * {@code ./mvnw quarkus:dev} serves API and SPA on one port with live reload of both. Each dev instance runs its own
 * Vite, on a free port unless one is configured: a Vite already listening there belongs to another instance, and
 * forwarding to it would serve that instance's frontend, so a taken configured port stops the start instead.
 */
@ApplicationScoped
public class DevFrontendServer {

    private static final Logger LOG = Logger.getLogger(DevFrontendServer.class);
    private static final Duration START_TIMEOUT = Duration.ofSeconds(90);
    /** The port of the Vite this JVM started: a live reload makes new beans (and classes) but keeps the process. */
    private static final String STARTED_PORT = "rounds.frontend.dev-server.started-port";

    /** 0: any free port. */
    @ConfigProperty(name = "rounds.frontend.dev-server.port")
    int configuredPort;

    @ConfigProperty(name = "rounds.frontend.dev-server.directory")
    String directory;

    private HttpClient client;
    private int port;

    void register(@Observes Router router, Vertx vertx) {
        if (LaunchMode.current() != LaunchMode.DEVELOPMENT) {
            return;
        }
        port = startOncePerJvm();
        client = vertx.createHttpClient();
        router.route().order(-800).handler(this::forwardPages);
    }

    private void forwardPages(RoutingContext context) {
        String path = context.normalizedPath();
        if (SpaRouting.isServerPath(path)) {
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

    private synchronized int startOncePerJvm() {
        String started = System.getProperty(STARTED_PORT);
        if (started != null) {
            return Integer.parseInt(started);
        }
        int vitePort = configuredPort == 0 ? freePort() : configuredPort;
        if (isListening(vitePort)) {
            throw new IllegalStateException("Port " + vitePort + " for the SPA dev server is taken, probably by another"
                    + " Rounds dev instance. Stop it, or start this one with ROUNDS_FRONTEND_DEV_SERVER_PORT=0 (any free"
                    + " port) or another port.");
        }
        File frontend = new File(directory).getAbsoluteFile();
        try {
            if (!new File(frontend, "node_modules").isDirectory()) {
                LOG.info("Installing the SPA's npm packages (first run)");
                run(new ProcessBuilder("npm", "install", "--no-audit", "--no-fund").directory(frontend).inheritIO());
            }
            ProcessBuilder vite = new ProcessBuilder("npm", "run", "dev", "--", "--port", String.valueOf(vitePort),
                    "--strictPort").directory(frontend).inheritIO();
            vite.environment().put("ROUNDS_HMR_CLIENT_PORT", String.valueOf(vitePort));
            Process process = vite.start();
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                process.descendants().forEach(ProcessHandle::destroy);
                process.destroy();
            }, "spa-dev-server-stop"));
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot start the SPA dev server in " + frontend + " (is Node.js 20 installed?)", e);
        }
        awaitListening(vitePort);
        System.setProperty(STARTED_PORT, String.valueOf(vitePort));
        LOG.infof("The SPA dev server (Vite) listens on port %d", vitePort);
        return vitePort;
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException("No free port for the SPA dev server", e);
        }
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

    private static void awaitListening(int port) {
        Instant deadline = Instant.now().plus(START_TIMEOUT);
        while (!isListening(port)) {
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

    private static boolean isListening(int port) {
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress("localhost", port), 200);
            return true;
        } catch (IOException e) {
            return false;
        }
    }
}
