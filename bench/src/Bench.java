// Benchmark orchestrator: runs every scenario of bench/scenarios.conf against a running Rounds and
// reports throughput and latency, absolute and as ratios to the two baselines of the same run.
//
//   java bench/src/Bench.java [--base-url http://localhost:8080] [--duration 20s] [--warmup 5s]
//        [--scenarios a,b] [--rate-fraction 0.6] [--wrk-connections 32] [--wrk-threads 2]
//        [--connections 128] [--bench-dir bench] [--no-wrk] [--list]
//
// Per scenario:
//   1. max throughput: closed loop with wrk (warmup run discarded, then measured run);
//      without wrk, FixedRate.java in closed-loop mode.
//   2. latency: FixedRate.java at a fixed arrival rate (default 60% of step 1), latency measured
//      from each request's intended send time (coordinated-omission safe).
// Normally started through bench/run.sh, which checks the service and seeds data first.

import java.io.*;
import java.net.URI;
import java.net.http.*;
import java.nio.charset.StandardCharsets;
import java.nio.file.*;
import java.time.*;
import java.time.format.DateTimeFormatter;
import java.util.*;
import java.util.regex.*;
import java.util.stream.*;

public class Bench {

    static final Pattern VAR = Pattern.compile("\\{([A-Za-z0-9_]+)(:seq)?\\}");

    // ---------------------------------------------------------------- scenario definition

    static final class Scenario {
        String name;
        String method = "GET";
        String path;
        String auth;
        int users = 5;
        List<String> headers = new ArrayList<>();
        String body;
        String needs;
        Double rate;
        String note;
        boolean baseline;

        List<String> allHeaders() {
            List<String> h = new ArrayList<>(headers);
            if ("user".equals(auth)) h.add("Authorization: Bearer {token}");
            return h;
        }

        /** Template variables this scenario reads from the data directory. */
        Set<String> vars() {
            Set<String> v = new LinkedHashSet<>();
            List<String> texts = new ArrayList<>(allHeaders());
            texts.add(path);
            if (body != null) texts.add(body);
            for (String t : texts) {
                Matcher m = VAR.matcher(t);
                while (m.find()) v.add(m.group(1));
            }
            return v;
        }
    }

    static List<Scenario> parseScenarios(Path file) throws IOException {
        List<Scenario> list = new ArrayList<>();
        Scenario cur = null;
        int lineNo = 0;
        for (String raw : Files.readAllLines(file)) {
            lineNo++;
            String line = raw.strip();
            if (line.isEmpty() || line.startsWith("#")) continue;
            if (line.startsWith("[") && line.endsWith("]")) {
                cur = new Scenario();
                cur.name = line.substring(1, line.length() - 1).strip();
                list.add(cur);
                continue;
            }
            int eq = line.indexOf('=');
            if (cur == null || eq < 0) throw new IOException(file + ":" + lineNo + ": expected [name] or key = value");
            String key = line.substring(0, eq).strip();
            String value = line.substring(eq + 1).strip();
            switch (key) {
                case "method" -> cur.method = value.toUpperCase(Locale.ROOT);
                case "path" -> cur.path = value;
                case "auth" -> cur.auth = value;
                case "users" -> cur.users = Integer.parseInt(value);
                case "header" -> cur.headers.add(value);
                case "body" -> cur.body = value;
                case "needs" -> cur.needs = value;
                case "rate" -> cur.rate = Double.parseDouble(value);
                case "note" -> cur.note = value;
                case "baseline" -> cur.baseline = Boolean.parseBoolean(value);
                default -> throw new IOException(file + ":" + lineNo + ": unknown key '" + key + "'");
            }
        }
        for (Scenario s : list) {
            if (s.path == null) throw new IOException(file + ": scenario [" + s.name + "] has no path");
            if (s.auth != null && !s.auth.equals("user")) throw new IOException("[" + s.name + "]: auth must be 'user'");
        }
        return list;
    }

    // ---------------------------------------------------------------- options

    static String baseUrl = "http://localhost:8080";
    /** Where /q/* answers: the API port in dev mode, the management port (9000) in the production package. */
    static String managementUrl = null;
    static String duration = "20s";
    static String warmup = "5s";
    static double rateFraction = 0.6;
    static int wrkConnections = 32;
    static int wrkThreads = 2;
    static int connections = 128;
    static Path benchDir = Path.of("bench");
    static boolean useWrk = true;
    static String password = Optional.ofNullable(System.getenv("BENCH_PASSWORD")).orElse("Bench-Password-2024!");

    public static void main(String[] argv) throws Exception {
        List<String> selected = null;
        boolean listOnly = false;
        for (int i = 0; i < argv.length; i++) {
            String a = argv[i];
            switch (a) {
                case "--base-url" -> baseUrl = stripSlash(argv[++i]);
                case "--management-url" -> managementUrl = stripSlash(argv[++i]);
                case "--duration" -> duration = argv[++i];
                case "--warmup" -> warmup = argv[++i];
                case "--scenarios" -> selected = Arrays.stream(argv[++i].split(",")).map(String::strip)
                        .filter(s -> !s.isEmpty()).collect(Collectors.toList());
                case "--rate-fraction" -> rateFraction = Double.parseDouble(argv[++i]);
                case "--wrk-connections" -> wrkConnections = Integer.parseInt(argv[++i]);
                case "--wrk-threads" -> wrkThreads = Integer.parseInt(argv[++i]);
                case "--connections" -> connections = Integer.parseInt(argv[++i]);
                case "--bench-dir" -> benchDir = Path.of(argv[++i]);
                case "--no-wrk" -> useWrk = false;
                case "--list" -> listOnly = true;
                default -> { System.err.println("unknown option " + a); System.exit(2); }
            }
        }
        Path dataDir = benchDir.resolve("results/data");
        Files.createDirectories(dataDir);

        List<Scenario> all = parseScenarios(benchDir.resolve("scenarios.conf"));
        if (listOnly) {
            for (Scenario s : all) {
                System.out.printf("%-22s %-6s %s%s%n", s.name, s.method, s.path, s.baseline ? "   (baseline)" : "");
            }
            return;
        }
        List<Scenario> run = new ArrayList<>();
        all.stream().filter(s -> s.baseline).forEach(run::add);
        if (selected == null) {
            all.stream().filter(s -> !s.baseline).forEach(run::add);
        } else {
            for (String name : selected) {
                Scenario s = all.stream().filter(x -> x.name.equals(name)).findFirst()
                        .orElseThrow(() -> new IllegalArgumentException("no scenario named '" + name + "' in scenarios.conf"));
                if (!run.contains(s)) run.add(s);
            }
        }
        if (useWrk && !onPath("wrk")) {
            useWrk = false;
            System.out.println("NOTE: wrk not found (apt-get install wrk); max throughput is measured with"
                    + " FixedRate.java in closed-loop mode instead.");
        }

        Map<String, Object> report = new LinkedHashMap<>();
        String started = OffsetDateTime.now().withNano(0).toString();
        report.put("started", started);
        report.put("baseUrl", baseUrl);
        report.put("gitCommit", gitCommit());
        report.put("cpus", Runtime.getRuntime().availableProcessors());
        Map<String, Object> settings = new LinkedHashMap<>();
        settings.put("duration", duration);
        settings.put("warmup", warmup);
        settings.put("rateFraction", rateFraction);
        settings.put("throughputTool", useWrk ? "wrk" : "FixedRate closed-loop");
        settings.put("throughputConnections", wrkConnections);
        settings.put("throughputThreads", wrkThreads);
        settings.put("fixedRateConnections", connections);
        report.put("settings", settings);

        warmService(run, dataDir);

        Map<String, Map<String, Object>> results = new LinkedHashMap<>();
        for (Scenario s : run) {
            System.out.printf("%n== %s: %s %s%s%n", s.name, s.method, s.path, s.note == null ? "" : "  (" + s.note + ")");
            Map<String, Object> r = new LinkedHashMap<>();
            r.put("method", s.method);
            r.put("path", s.path);
            r.put("baseline", s.baseline);
            results.put(s.name, r);
            try {
                runScenario(s, dataDir, r);
            } catch (Exception e) {
                r.put("skipped", e.getMessage());
                System.out.println("   SKIPPED: " + e.getMessage());
            }
        }

        addRatios(results);
        printSummary(results);
        report.put("scenarios", results);

        Path out = benchDir.resolve("results").resolve(
                LocalDateTime.now().format(DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss")) + ".json");
        Files.writeString(out, toJson(report, "") + "\n");
        System.out.println("\nresults written to " + out);
    }

    // ---------------------------------------------------------------- service warm-up

    /**
     * Runs every read scenario closed-loop for the warmup time before anything is measured. The baselines are measured
     * first; without this pass they would be measured while the service's JIT still compiles the code every request
     * shares (JWT, JSON, HTTP), which made {@code me} look several times slower than it is and flattered every ratio.
     */
    static void warmService(List<Scenario> run, Path dataDir) throws Exception {
        System.out.printf("%n== warming the service up: each read scenario for %s, closed loop, not measured%n", warmup);
        String measured = duration;
        duration = warmup;
        try {
            for (Scenario s : run) {
                if (!"GET".equals(s.method)) continue;
                try {
                    if ("user".equals(s.auth)) refreshTokens(s.users, dataDir);
                    if (useWrk) runWrk(s, dataDir, warmup, false);
                    else runFixedRate(s, dataDir, 0, wrkConnections, false);
                } catch (Exception e) {
                    System.out.println("   (" + s.name + " not warmed: " + e.getMessage() + ")");
                }
            }
        } finally {
            duration = measured;
        }
    }

    // ---------------------------------------------------------------- one scenario

    static void runScenario(Scenario s, Path dataDir, Map<String, Object> r) throws Exception {
        if ("user".equals(s.auth)) refreshTokens(s.users, dataDir);
        for (String v : s.vars()) {
            Path f = dataDir.resolve(v + ".txt");
            if (!Files.exists(f) || Files.size(f) == 0) {
                throw new IOException("no data for {" + v + "} (" + f + ")"
                        + (s.needs != null ? "; provided by: " + s.needs : ""));
            }
        }

        // 1. max throughput, closed loop
        Map<String, String> max;
        if (useWrk) {
            System.out.printf("   max throughput: wrk -t%d -c%d, warmup %s, measure %s%n", wrkThreads, wrkConnections, warmup, duration);
            runWrk(s, dataDir, warmup, false);
            max = runWrk(s, dataDir, duration, true);
        } else {
            System.out.printf("   max throughput: FixedRate closed loop, %d connections, warmup %s, measure %s%n",
                    wrkConnections, warmup, duration);
            max = runFixedRate(s, dataDir, 0, wrkConnections);
        }
        double maxRps = Double.parseDouble(max.get("rps"));
        long maxErrors = Long.parseLong(max.get("errors"));
        long maxRequests = Long.parseLong(max.get("requests"));
        System.out.printf("   -> %.0f req/s, %d requests, %d errors (closed-loop p50 %s ms, p99 %s ms: not CO-safe, for reference)%n",
                maxRps, maxRequests, maxErrors, max.get("p50_ms"), max.get("p99_ms"));
        r.put("maxThroughput", numbers(max));
        pause();

        // 2. latency at a fixed arrival rate (fresh tokens again, for long --duration values)
        if ("user".equals(s.auth)) refreshTokens(s.users, dataDir);
        double rate = s.rate != null ? s.rate : Math.max(1, Math.floor(maxRps * rateFraction));
        System.out.printf("   latency: fixed arrival rate %.0f req/s (%s), %d connections, warmup %s, measure %s%n",
                rate, s.rate != null ? "from scenarios.conf" : String.format(Locale.ROOT, "%.0f%% of max", rateFraction * 100),
                connections, warmup, duration);
        Map<String, String> lat = runFixedRate(s, dataDir, rate, connections);
        r.put("fixedRate", numbers(lat));
        pause();

        long latErrors = Long.parseLong(lat.get("errors"));
        long latRequests = Long.parseLong(lat.get("requests"));
        List<String> problems = new ArrayList<>();
        if (maxRequests == 0 || maxErrors > maxRequests / 100) problems.add(maxErrors + " errors in the throughput run");
        if (latRequests == 0 || latErrors > latRequests / 100) problems.add(latErrors + " errors in the latency run");
        if (!problems.isEmpty()) {
            r.put("invalid", String.join("; ", problems));
            System.out.println("   INVALID: " + String.join("; ", problems)
                    + ("0".equals(lat.get("last_bad_status")) ? "" : " (last bad HTTP status " + lat.get("last_bad_status") + ")"));
        }
    }

    static Map<String, String> runWrk(Scenario s, Path dataDir, String dur, boolean show) throws Exception {
        List<String> cmd = new ArrayList<>(List.of("wrk", "-t" + wrkThreads, "-c" + wrkConnections, "-d" + dur,
                "--timeout", "10s", "-s", benchDir.resolve("src/scenario.lua").toString(), serverOf(s),
                "--", s.method, s.path, s.body == null ? "" : s.body, dataDir.toString()));
        cmd.addAll(s.allHeaders());
        return runForResult(cmd, show);
    }

    static Map<String, String> runFixedRate(Scenario s, Path dataDir, double rate, int conns) throws Exception {
        return runFixedRate(s, dataDir, rate, conns, true);
    }

    static Map<String, String> runFixedRate(Scenario s, Path dataDir, double rate, int conns, boolean show) throws Exception {
        String java = ProcessHandle.current().info().command().orElse("java");
        // Serial GC with a large young generation: rare, short pauses in the driver (a driver pause
        // would be counted as service latency).
        List<String> cmd = new ArrayList<>(List.of(java, "-XX:+UseSerialGC", "-Xms512m", "-Xmx512m", "-Xmn320m",
                benchDir.resolve("src/FixedRate.java").toString(),
                "--rate", String.format(Locale.ROOT, "%.1f", rate), "--duration", duration, "--warmup", warmup,
                "--connections", Integer.toString(conns), "--method", s.method, "--data-dir", dataDir.toString()));
        for (String h : s.allHeaders()) { cmd.add("--header"); cmd.add(h); }
        if (s.body != null) { cmd.add("--body"); cmd.add(s.body); }
        cmd.add(serverOf(s) + s.path);
        return runForResult(cmd, show);
    }

    static String serverOf(Scenario s) {
        return s.path.startsWith("/q/") && managementUrl != null ? managementUrl : baseUrl;
    }

    /** Runs a tool, shows its output indented (if asked), returns the key=value pairs of its RESULT line. */
    static Map<String, String> runForResult(List<String> cmd, boolean show) throws Exception {
        Process p = new ProcessBuilder(cmd).redirectErrorStream(true).start();
        Map<String, String> result = null;
        Deque<String> tail = new ArrayDeque<>();
        try (BufferedReader in = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))) {
            String line;
            while ((line = in.readLine()) != null) {
                if (line.startsWith("RESULT ")) {
                    result = new LinkedHashMap<>();
                    for (String kv : line.substring(7).trim().split(" ")) {
                        int eq = kv.indexOf('=');
                        if (eq > 0) result.put(kv.substring(0, eq), kv.substring(eq + 1));
                    }
                } else if (!line.isBlank()) {
                    if (show) System.out.println("     | " + line);
                    tail.addLast(line);
                    if (tail.size() > 8) tail.removeFirst();
                }
            }
        }
        int rc = p.waitFor();
        if (result == null) {
            throw new IOException(Path.of(cmd.get(0)).getFileName() + " exited " + rc + " without a RESULT line: "
                    + String.join(" / ", tail));
        }
        return result;
    }

    static void pause() throws InterruptedException { Thread.sleep(2000); }

    // ---------------------------------------------------------------- auth

    /** Logs in the first n seeded accounts (successful logins only) and writes token.txt. */
    static String loginFailure; // after one failed login, don't try again: failed logins are throttled

    static void refreshTokens(int n, Path dataDir) throws Exception {
        if (loginFailure != null) throw new IOException(loginFailure);
        Path emails = dataDir.resolve("user_email.txt");
        if (!Files.exists(emails)) throw new IOException("no seeded accounts (" + emails + "): run bench/run.sh, which seeds them");
        List<String> users = Files.readAllLines(emails).stream().filter(l -> !l.isBlank()).limit(n).collect(Collectors.toList());
        if (users.isEmpty()) throw new IOException(emails + " is empty");
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
        List<String> tokens = new ArrayList<>();
        for (String email : users) {
            String body = "{\"email\":\"" + email + "\",\"password\":\"" + jsonEscape(password) + "\"}";
            HttpResponse<String> resp = http.send(HttpRequest.newBuilder(URI.create(baseUrl + "/api/v1/auth/login"))
                    .timeout(Duration.ofSeconds(30)).header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
            Matcher m = Pattern.compile("\"accessToken\"\\s*:\\s*\"([^\"]+)\"").matcher(resp.body());
            if (resp.statusCode() != 200 || !m.find()) {
                loginFailure = "login of " + email + " failed: HTTP " + resp.statusCode() + " " + abbreviate(resp.body())
                        + " (seeded with another BENCH_PASSWORD, or a fresh database without --skip-seed?)";
                throw new IOException(loginFailure);
            }
            tokens.add(m.group(1));
        }
        Files.write(dataDir.resolve("token.txt"), tokens);
        System.out.printf("   logged in %d bench account(s) for this scenario%n", tokens.size());
    }

    // ---------------------------------------------------------------- ratios and report

    static void addRatios(Map<String, Map<String, Object>> results) {
        for (Map<String, Object> r : results.values()) {
            Map<String, Object> ratios = new LinkedHashMap<>();
            for (String b : List.of("health-live", "me")) {
                Map<String, Object> base = results.get(b);
                Map<String, Object> one = new LinkedHashMap<>();
                one.put("throughput", ratio(r, base, "maxThroughput", "rps"));
                one.put("p50", ratio(r, base, "fixedRate", "p50_ms"));
                one.put("p99", ratio(r, base, "fixedRate", "p99_ms"));
                ratios.put(b, one);
            }
            r.put("ratios", ratios);
        }
    }

    @SuppressWarnings("unchecked")
    static Double ratio(Map<String, Object> r, Map<String, Object> base, String phase, String key) {
        if (base == null || r.containsKey("skipped") || base.containsKey("skipped") || base.containsKey("invalid")) return null;
        Map<String, Object> a = (Map<String, Object>) r.get(phase), b = (Map<String, Object>) base.get(phase);
        if (a == null || b == null) return null;
        double x = ((Number) a.get(key)).doubleValue(), y = ((Number) b.get(key)).doubleValue();
        return y == 0 ? null : Math.round(x / y * 100.0) / 100.0;
    }

    @SuppressWarnings("unchecked")
    static void printSummary(Map<String, Map<String, Object>> results) {
        System.out.println();
        System.out.println("Summary. Max = closed-loop throughput; latency at a fixed arrival rate, from intended send time.");
        System.out.println("Ratios: 'xlive' = value / health-live's, 'xme' = value / me's (same run, same service).");
        String fmt = "%-20s %9s %6s %6s | %8s %8s %8s %8s %6s | %6s %6s %6s %6s | %s%n";
        System.out.printf(fmt, "scenario", "max req/s", "xlive", "xme", "rate", "p50 ms", "p99 ms", "max ms", "errors",
                "p50", "p50", "p99", "p99", "");
        System.out.printf(fmt, "", "", "", "", "", "", "", "", "", "xlive", "xme", "xlive", "xme", "");
        System.out.println("-".repeat(133));
        for (Map.Entry<String, Map<String, Object>> e : results.entrySet()) {
            Map<String, Object> r = e.getValue();
            if (r.containsKey("skipped")) {
                System.out.printf("%-20s skipped: %s%n", e.getKey(), r.get("skipped"));
                continue;
            }
            Map<String, Object> max = (Map<String, Object>) r.get("maxThroughput");
            Map<String, Object> lat = (Map<String, Object>) r.get("fixedRate");
            Map<String, Map<String, Double>> ratios = (Map<String, Map<String, Double>>) r.get("ratios");
            Map<String, Double> live = ratios.get("health-live"), me = ratios.get("me");
            long errors = ((Number) lat.get("errors")).longValue() + ((Number) max.get("errors")).longValue();
            System.out.printf(fmt, e.getKey(), num(max.get("rps"), 0), rat(live.get("throughput")), rat(me.get("throughput")),
                    num(lat.get("rps"), 0), num(lat.get("p50_ms"), 2), num(lat.get("p99_ms"), 2), num(lat.get("max_ms"), 1),
                    errors, rat(live.get("p50")), rat(me.get("p50")), rat(live.get("p99")), rat(me.get("p99")),
                    r.containsKey("invalid") ? "INVALID: " + r.get("invalid") : "");
        }
    }

    static String num(Object o, int decimals) {
        return o == null ? "-" : String.format(Locale.ROOT, "%." + decimals + "f", ((Number) o).doubleValue());
    }

    static String rat(Double d) { return d == null ? "n/a" : String.format(Locale.ROOT, "%.2f", d); }

    /** Tool output values as numbers where they are numbers (for the JSON file). */
    static Map<String, Object> numbers(Map<String, String> kv) {
        Map<String, Object> m = new LinkedHashMap<>();
        kv.forEach((k, v) -> {
            if (k.equals("max_by_second_ms")) {
                m.put(k, v.isEmpty() ? List.of() : Arrays.stream(v.split(",")).map(Double::valueOf).collect(Collectors.toList()));
                return;
            }
            try { m.put(k, v.contains(".") ? (Object) Double.valueOf(v) : (Object) Long.valueOf(v)); }
            catch (NumberFormatException ex) { m.put(k, v); }
        });
        return m;
    }

    // ---------------------------------------------------------------- small helpers

    @SuppressWarnings("unchecked")
    static String toJson(Object o, String indent) {
        if (o == null) return "null";
        if (o instanceof String s) return "\"" + jsonEscape(s) + "\"";
        if (o instanceof Number || o instanceof Boolean) return o.toString();
        String in = indent + "  ";
        if (o instanceof Map<?, ?> m) {
            if (m.isEmpty()) return "{}";
            return m.entrySet().stream().map(e -> in + toJson(String.valueOf(e.getKey()), in) + ": " + toJson(e.getValue(), in))
                    .collect(Collectors.joining(",\n", "{\n", "\n" + indent + "}"));
        }
        if (o instanceof Collection<?> c) {
            return c.stream().map(x -> toJson(x, in)).collect(Collectors.joining(", ", "[", "]"));
        }
        return toJson(o.toString(), indent);
    }

    static String jsonEscape(String s) {
        StringBuilder b = new StringBuilder();
        for (char c : s.toCharArray()) {
            switch (c) {
                case '"' -> b.append("\\\"");
                case '\\' -> b.append("\\\\");
                case '\n' -> b.append("\\n");
                case '\r' -> b.append("\\r");
                case '\t' -> b.append("\\t");
                default -> { if (c < 0x20) b.append(String.format("\\u%04x", (int) c)); else b.append(c); }
            }
        }
        return b.toString();
    }

    static String abbreviate(String s) { return s.length() > 300 ? s.substring(0, 300) + "..." : s; }

    static String stripSlash(String s) { return s.endsWith("/") ? s.substring(0, s.length() - 1) : s; }

    static boolean onPath(String tool) {
        String path = Optional.ofNullable(System.getenv("PATH")).orElse("");
        return Arrays.stream(path.split(File.pathSeparator)).anyMatch(d -> Files.isExecutable(Path.of(d, tool)));
    }

    static String gitCommit() {
        try {
            Process p = new ProcessBuilder("git", "rev-parse", "--short", "HEAD").directory(benchDir.toFile())
                    .redirectErrorStream(true).start();
            String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
            return p.waitFor() == 0 ? out : null;
        } catch (Exception e) {
            return null;
        }
    }
}
