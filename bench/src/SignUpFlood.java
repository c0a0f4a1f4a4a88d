// Sign-up flood: closed-loop POST /api/v1/auth/signup as fast as the service answers, each with a new email,
// from --connections parallel clients, for --duration. No dependencies.
//
//   java bench/src/SignUpFlood.java --base-url http://localhost:8080 --connections 16 --duration 30s
//
// Output: a human summary on stderr, then one line "RESULT key=value ..." on stdout: the count of each status
// (201 created, 429 throttled, 503 busy, others), socket errors, and sign-ups per second.

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

public class SignUpFlood {

    public static void main(String[] argv) throws Exception {
        String baseUrl = "http://localhost:8080";
        int connections = 16;
        Duration duration = Duration.ofSeconds(30);
        for (int i = 0; i < argv.length; i += 2) {
            switch (argv[i]) {
                case "--base-url" -> baseUrl = argv[i + 1].replaceAll("/$", "");
                case "--connections" -> connections = Integer.parseInt(argv[i + 1]);
                case "--duration" -> duration = Duration.ofSeconds(Long.parseLong(argv[i + 1].replaceAll("s$", "")));
                default -> throw new IllegalArgumentException("unknown option " + argv[i]);
            }
        }
        URI signUp = URI.create(baseUrl + "/api/v1/auth/signup");
        String run = Long.toString(System.currentTimeMillis(), 36);
        Map<Integer, AtomicLong> statuses = new ConcurrentHashMap<>();
        AtomicLong socketErrors = new AtomicLong();
        long endAt = System.nanoTime() + duration.toNanos();
        HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(5)).build();

        List<Thread> clients = new ArrayList<>();
        for (int c = 0; c < connections; c++) {
            int client = c;
            Thread thread = new Thread(() -> {
                long n = 0;
                while (System.nanoTime() < endAt) {
                    String email = "flood." + run + "." + client + "." + (n++) + "@bench.example.com";
                    HttpRequest request = HttpRequest.newBuilder(signUp)
                            .timeout(Duration.ofSeconds(30))
                            .header("Content-Type", "application/json")
                            .POST(HttpRequest.BodyPublishers.ofString("{\"email\":\"" + email
                                    + "\",\"password\":\"Flood-Password-2026!\",\"displayName\":\"Dr. Flood " + n + "\"}"))
                            .build();
                    try {
                        int status = http.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
                        statuses.computeIfAbsent(status, s -> new AtomicLong()).incrementAndGet();
                    } catch (Exception e) {
                        socketErrors.incrementAndGet();
                    }
                }
            });
            thread.start();
            clients.add(thread);
        }
        long startedAt = System.nanoTime();
        for (Thread thread : clients) {
            thread.join();
        }
        double seconds = (System.nanoTime() - startedAt) / 1e9;
        Map<Integer, Long> counted = new TreeMap<>();
        statuses.forEach((status, count) -> counted.put(status, count.get()));
        long created = counted.getOrDefault(201, 0L);
        long other = counted.entrySet().stream().filter(e -> e.getKey() != 201 && e.getKey() != 429 && e.getKey() != 503)
                .mapToLong(Map.Entry::getValue).sum();
        System.err.printf("sign-up flood: %d clients for %.1f s: statuses %s, socket errors %d, %.1f sign-ups/s%n",
                connections, seconds, counted, socketErrors.get(), created / seconds);
        System.out.printf("RESULT created=%d throttled=%d busy=%d other=%d socket_errors=%d signups_per_s=%.1f%n",
                created, counted.getOrDefault(429, 0L), counted.getOrDefault(503, 0L), other, socketErrors.get(),
                created / seconds);
    }
}
