import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicLong;

import com.sun.net.httpserver.HttpServer;

/**
 * A fast local webhook receiver for the throughput bench: answers every POST with 204 at once, counts distinct
 * webhook-id values and repeats of one, and writes "received duplicates" to a status file every 100 ms.
 *
 *   java bench/src/WebhookSink.java PORT STATUS_FILE
 */
public class WebhookSink {

    private static final Set<String> SEEN = ConcurrentHashMap.newKeySet();
    private static final AtomicLong DUPLICATES = new AtomicLong();

    public static void main(String[] args) throws Exception {
        Path status = Path.of(args[1]);
        HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", Integer.parseInt(args[0])), 512);
        server.setExecutor(Executors.newFixedThreadPool(32));
        server.createContext("/", exchange -> {
            exchange.getRequestBody().readAllBytes();
            String id = exchange.getRequestHeaders().getFirst("webhook-id");
            if (id != null && !SEEN.add(id)) {
                DUPLICATES.incrementAndGet();
            }
            exchange.sendResponseHeaders(204, -1);
            exchange.close();
        });
        server.start();
        while (true) {
            Files.writeString(status, SEEN.size() + " " + DUPLICATES.get() + "\n");
            Thread.sleep(100);
        }
    }
}
