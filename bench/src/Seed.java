// Benchmark data seeder, through the public API. Idempotent: re-running creates nothing twice.
//
//   java bench/src/Seed.java [--base-url http://localhost:8080] [--accounts 200] [--concurrency 4]
//        [--data-dir bench/results/data]        (password: env BENCH_PASSWORD)
//
// Writes, for the scenario templates (see bench/scenarios.conf):
//   <data-dir>/user_email.txt   one seeded account e-mail per line
//
// HTTP seeding is for modest volumes (each signup hashes a password with Argon2id on the server).
// Large volumes (tens of thousands of physicians, events, registrations) go straight into
// PostgreSQL: bench/seed/sql/*.sql, run by bench/run.sh (see bench/README.md).
// To seed another entity through the API, add a step to main() in the same style as seedAccounts.

import java.io.IOException;
import java.net.URI;
import java.net.http.*;
import java.nio.file.*;
import java.time.Duration;
import java.util.*;
import java.util.concurrent.*;
import java.util.concurrent.atomic.AtomicInteger;

public class Seed {

    static String baseUrl = "http://localhost:8080";
    static Path dataDir = Path.of("bench/results/data");
    static int concurrency = 4;
    static final String PASSWORD = Optional.ofNullable(System.getenv("BENCH_PASSWORD")).orElse("Bench-Password-2024!");
    static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    public static void main(String[] argv) throws Exception {
        int accounts = 200;
        for (int i = 0; i < argv.length; i++) {
            switch (argv[i]) {
                case "--base-url" -> baseUrl = argv[++i].replaceAll("/+$", "");
                case "--accounts" -> accounts = Integer.parseInt(argv[++i]);
                case "--concurrency" -> concurrency = Integer.parseInt(argv[++i]);
                case "--data-dir" -> dataDir = Path.of(argv[++i]);
                default -> { System.err.println("unknown option " + argv[i]); System.exit(2); }
            }
        }
        Files.createDirectories(dataDir);

        // Seed steps, in dependency order.
        List<String> emails = seedAccounts(accounts);
        write("user_email", emails);
    }

    // ---------------------------------------------------------------- accounts

    static final String[] FIRST = {"Amelia", "Jonas", "Priya", "Mateo", "Chloe", "Kwame", "Sofia", "Liam", "Yuki",
            "Omar", "Hannah", "Diego", "Ingrid", "Ravi", "Fatima", "Lukas", "Grace", "Tomasz", "Aisha", "Henrik",
            "Elena", "Samuel", "Mei", "Noah", "Leila", "Arjun", "Clara", "Felix", "Nadia", "Oscar", "Zara", "Viktor"};
    static final String[] LAST = {"Hartmann", "Okafor", "Iyer", "Fernandez", "Dubois", "Mensah", "Rossi", "Walsh",
            "Tanaka", "Haddad", "Keller", "Morales", "Lindqvist", "Sharma", "Benali", "Novak", "Adeyemi", "Kowalski",
            "Hussain", "Nielsen", "Petrov", "Brennan", "Chen", "Schmidt", "Karimi", "Patel", "Moreau", "Becker",
            "Nasser", "Eriksen", "Osei", "Volkov", "Alvarez", "Fischer", "Yamamoto", "Gallagher", "Rahman"};

    static String email(int i) { return String.format("bench.user.%05d@bench.example.com", i); }

    /** Deterministic, realistic-looking display name for account i (1-based). */
    static String displayName(int i) {
        return "Dr. " + FIRST[(i * 7) % FIRST.length] + " " + LAST[(i * 13 + i / LAST.length) % LAST.length];
    }

    /** Signs up accounts 1..n; 409 (already exists) counts as done. Returns their e-mails. */
    static List<String> seedAccounts(int n) throws Exception {
        long t0 = System.nanoTime();
        AtomicInteger created = new AtomicInteger(), existed = new AtomicInteger();
        // The first one alone, so a wrong URL or password policy fails fast with one clear message.
        signup(1, created, existed);
        ExecutorService pool = Executors.newFixedThreadPool(concurrency);
        List<Future<?>> futures = new ArrayList<>();
        for (int i = 2; i <= n; i++) {
            int k = i;
            futures.add(pool.submit(() -> { signup(k, created, existed); return null; }));
        }
        try {
            for (Future<?> f : futures) f.get();
        } catch (ExecutionException e) {
            pool.shutdownNow();
            throw (Exception) e.getCause();
        }
        pool.shutdown();
        System.out.printf("accounts: %d (%d created, %d already there) in %.1fs%n",
                n, created.get(), existed.get(), (System.nanoTime() - t0) / 1e9);
        List<String> emails = new ArrayList<>();
        for (int i = 1; i <= n; i++) emails.add(email(i));
        return emails;
    }

    static void signup(int i, AtomicInteger created, AtomicInteger existed) throws Exception {
        String body = "{\"email\":\"" + email(i) + "\",\"password\":\"" + PASSWORD.replace("\"", "\\\"")
                + "\",\"displayName\":\"" + displayName(i) + "\"}";
        HttpResponse<String> resp = post("/api/v1/auth/signup", body);
        switch (resp.statusCode()) {
            case 200, 201 -> created.incrementAndGet();
            case 409 -> existed.incrementAndGet();
            default -> throw new IOException("signup of " + email(i) + " failed: HTTP " + resp.statusCode() + " "
                    + resp.body().substring(0, Math.min(300, resp.body().length())));
        }
    }

    // ---------------------------------------------------------------- helpers

    /** POST with JSON; waits and retries on 429/503 (honouring Retry-After). */
    static HttpResponse<String> post(String path, String json) throws Exception {
        for (int attempt = 1; ; attempt++) {
            HttpResponse<String> resp = HTTP.send(HttpRequest.newBuilder(URI.create(baseUrl + path))
                    .timeout(Duration.ofSeconds(60)).header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString(json)).build(), HttpResponse.BodyHandlers.ofString());
            if ((resp.statusCode() != 429 && resp.statusCode() != 503) || attempt == 10) return resp;
            long waitS = resp.headers().firstValue("Retry-After").map(v -> {
                try { return Long.parseLong(v.trim()); } catch (NumberFormatException e) { return 1L; }
            }).orElse(1L);
            Thread.sleep(Math.min(30, Math.max(1, waitS)) * 1000);
        }
    }

    static void write(String var, List<String> lines) throws IOException {
        Path f = dataDir.resolve(var + ".txt");
        Files.write(f, lines);
        System.out.printf("wrote %s (%d lines)%n", f, lines.size());
    }
}
