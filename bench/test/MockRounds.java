// Stand-in for Rounds, to check the benchmark harness itself without the real service:
//
//   java bench/test/MockRounds.java [port=8099] [stallEverySeconds=0] [stallMillis=0]
//   bench/run.sh --base-url http://localhost:8099 --duration 5s --warmup 2s
//
// Implements just what the harness touches: /q/health/live, /api/v1/auth/signup, /api/v1/auth/login
// and /api/v1/me (bearer token). With stallEverySeconds > 0 every request freezes for stallMillis
// at that period: a coordinated-omission-safe driver must show the stalls in its p99/max, whereas a
// closed-loop tool mostly hides them (its connections simply wait, and send less).

import com.sun.net.httpserver.*;
import java.io.*;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.*;
import java.util.concurrent.*;
import java.util.concurrent.locks.ReentrantReadWriteLock;
import java.util.regex.*;

public class MockRounds {
    static final Map<String, String> accounts = new ConcurrentHashMap<>();   // email -> password
    static final Map<String, String> tokens = new ConcurrentHashMap<>();     // token -> email
    static final ReentrantReadWriteLock stall = new ReentrantReadWriteLock();

    public static void main(String[] args) throws Exception {
        System.setProperty("sun.net.httpserver.nodelay", "true"); // else Nagle + delayed ACK = 40 ms
        int port = args.length > 0 ? Integer.parseInt(args[0]) : 8099;
        int stallEvery = args.length > 1 ? Integer.parseInt(args[1]) : 0;
        int stallMillis = args.length > 2 ? Integer.parseInt(args[2]) : 0;
        HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", port), 1024);
        server.setExecutor(Executors.newFixedThreadPool(16));
        server.createContext("/q/health/live", ex -> send(ex, 200, "{\"status\":\"UP\",\"checks\":[]}"));
        server.createContext("/api/v1/auth/signup", MockRounds::signup);
        server.createContext("/api/v1/auth/login", MockRounds::login);
        server.createContext("/api/v1/me", MockRounds::me);
        server.start();
        System.out.println("mock Rounds on http://127.0.0.1:" + port
                + (stallEvery > 0 ? " (stalls " + stallMillis + " ms every " + stallEvery + " s)" : ""));
        if (stallEvery > 0) {
            while (true) {
                Thread.sleep(stallEvery * 1000L);
                stall.writeLock().lock();
                try { Thread.sleep(stallMillis); } finally { stall.writeLock().unlock(); }
            }
        }
    }

    static String field(String json, String name) {
        Matcher m = Pattern.compile("\"" + name + "\"\\s*:\\s*\"([^\"]*)\"").matcher(json);
        return m.find() ? m.group(1) : null;
    }

    static String tokenResponse(String email) {
        String token = UUID.randomUUID().toString();
        tokens.put(token, email);
        return "{\"accessToken\":\"" + token + "\",\"tokenType\":\"Bearer\",\"expiresIn\":900,"
                + "\"account\":{\"email\":\"" + email + "\"}}";
    }

    static void signup(HttpExchange ex) throws IOException {
        String body = new String(ex.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
        String email = field(body, "email"), password = field(body, "password");
        if (email == null || password == null || field(body, "displayName") == null) { send(ex, 400, "{}"); return; }
        if (accounts.putIfAbsent(email, password) != null) { send(ex, 409, "{\"title\":\"exists\"}"); return; }
        send(ex, 201, tokenResponse(email));
    }

    static void login(HttpExchange ex) throws IOException {
        String body = new String(ex.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
        String email = field(body, "email");
        if (email == null || !Objects.equals(accounts.get(email), field(body, "password"))) { send(ex, 401, "{}"); return; }
        send(ex, 200, tokenResponse(email));
    }

    static void me(HttpExchange ex) throws IOException {
        String auth = ex.getRequestHeaders().getFirst("Authorization");
        String email = auth != null && auth.startsWith("Bearer ") ? tokens.get(auth.substring(7)) : null;
        if (email == null) { send(ex, 401, "{}"); return; }
        send(ex, 200, "{\"email\":\"" + email + "\",\"displayName\":\"Dr. Mock\",\"roles\":[\"attendee\"]}");
    }

    static void send(HttpExchange ex, int status, String json) throws IOException {
        stall.readLock().lock();
        stall.readLock().unlock();
        ex.getRequestBody().readAllBytes();
        byte[] b = json.getBytes(StandardCharsets.UTF_8);
        ex.getResponseHeaders().set("Content-Type", "application/json");
        ex.sendResponseHeaders(status, b.length);
        try (OutputStream os = ex.getResponseBody()) { os.write(b); }
    }
}
