package app.rounds.integration.webhooks;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;

import com.sun.net.httpserver.HttpServer;

/**
 * A real HTTP webhook receiver on 127.0.0.1 (JDK http server): records every request it answered, answers with what
 * {@link #answer} says, and counts how many attempts of one {@code webhook-id} are in its hands at the same time.
 */
final class Receiver implements AutoCloseable {

    private final List<Received> received = new CopyOnWriteArrayList<>();
    private final Map<String, AtomicInteger> inFlight = new ConcurrentHashMap<>();
    private final AtomicInteger mostAtOnceForOneId = new AtomicInteger();
    private volatile Function<Received, Answer> answer = request -> new Answer(204, Map.of(), 0);
    private volatile int port;
    private HttpServer server;

    static Receiver start() {
        Receiver receiver = new Receiver();
        receiver.listen(0);
        return receiver;
    }

    /** Starts again on the port it had, as a receiver coming back after an outage. */
    void restart() {
        listen(port);
    }

    void stop() {
        server.stop(0);
    }

    @Override
    public void close() {
        stop();
    }

    String url(String path) {
        return "http://127.0.0.1:" + port + path;
    }

    void answer(Function<Received, Answer> how) {
        this.answer = how;
    }

    List<Received> received() {
        return List.copyOf(received);
    }

    int mostAtOnceForOneId() {
        return mostAtOnceForOneId.get();
    }

    private void listen(int onPort) {
        try {
            server = HttpServer.create(new InetSocketAddress("127.0.0.1", onPort), 50);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        port = server.getAddress().getPort();
        server.setExecutor(Executors.newFixedThreadPool(16));
        server.createContext("/", exchange -> {
            Received request;
            try (InputStream body = exchange.getRequestBody()) {
                request = new Received(exchange.getRequestURI().getPath(), exchange.getRequestHeaders().getFirst("webhook-id"),
                        exchange.getRequestHeaders().getFirst("webhook-timestamp"),
                        exchange.getRequestHeaders().getFirst("webhook-signature"),
                        new String(body.readAllBytes(), StandardCharsets.UTF_8));
            }
            AtomicInteger sameId = inFlight.computeIfAbsent(String.valueOf(request.id()), id -> new AtomicInteger());
            mostAtOnceForOneId.accumulateAndGet(sameId.incrementAndGet(), Math::max);
            try {
                Answer reply = answer.apply(request);
                if (reply.delayMillis() > 0) {
                    Thread.sleep(reply.delayMillis());
                }
                reply.headers().forEach((name, value) -> exchange.getResponseHeaders().add(name, value));
                received.add(request);
                exchange.sendResponseHeaders(reply.status(), -1);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            } finally {
                sameId.decrementAndGet();
                exchange.close();
            }
        });
        server.start();
    }

    record Received(String path, String id, String timestamp, String signature, String body) {
    }

    record Answer(int status, Map<String, String> headers, int delayMillis) {

        static Answer status(int status) {
            return new Answer(status, Map.of(), 0);
        }
    }
}
