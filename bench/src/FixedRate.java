// Fixed-arrival-rate HTTP/1.1 load driver (coordinated-omission safe), no dependencies.
//
//   java bench/src/FixedRate.java --rate 2000 --duration 20s [--warmup 5s] [--connections 128]
//        [--threads 1] [--method GET] [--header 'Authorization: Bearer {token}']... [--body '{"a":1}']
//        [--data-dir bench/results/data] [--timeout 10s] http://localhost:8080/api/v1/me
//
// Request i is *intended* to start at start + i/rate, a schedule fixed before the run. An event
// loop sends every due request on an idle keep-alive connection and reads responses as they
// arrive. Latency is measured from the intended time, not from when the request was actually
// written: when the service (or every connection) is busy, requests start late and that wait
// counts. A stall therefore shows up in the percentiles instead of silently lowering the request
// rate ("coordinated omission").
//
// --rate 0 is closed-loop mode instead: each connection sends back to back and latency is measured
// from the actual send. Bench.java uses it for max throughput when wrk is not installed.
//
// Templates: "{name}" in the path, headers or body is replaced per request by a random line of
// <data-dir>/name.txt, "{name:seq}" by its lines in order.
//
// Output: a human summary on stderr, then one line "RESULT key=value ..." on stdout.
//
// Non-blocking I/O on one thread (per --threads), without a separate timer thread, keeps the
// driver's own CPU cost per request low. That matters when it shares a small machine with the
// service: every context switch it causes is CPU the service does not get.

import java.io.*;
import java.net.InetSocketAddress;
import java.net.StandardSocketOptions;
import java.nio.ByteBuffer;
import java.nio.channels.*;
import java.nio.charset.StandardCharsets;
import java.nio.file.*;
import java.util.*;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.LockSupport;
import java.util.regex.*;

public class FixedRate {

    public static void main(String[] argv) throws Exception {
        Map<String, List<String>> opt = parseArgs(argv);
        String url = single(opt, "url", null);
        if (url == null) {
            System.err.println("usage: java FixedRate.java --rate R --duration 20s [--warmup 5s] [--connections N]"
                    + " [--threads N] [--method M] [--header 'K: V']... [--body B] [--data-dir DIR] [--timeout 10s] URL");
            System.exit(2);
        }
        double rate = Double.parseDouble(single(opt, "rate", "100"));
        long durationNs = parseDuration(single(opt, "duration", "20s"));
        long warmupNs = parseDuration(single(opt, "warmup", "0s"));
        int connections = Integer.parseInt(single(opt, "connections", "128"));
        int threads = Integer.parseInt(single(opt, "threads", "1"));
        long timeoutNs = parseDuration(single(opt, "timeout", "10s"));
        Path dataDir = Path.of(single(opt, "data-dir", "bench/results/data"));

        // Not java.net.URI: the path may hold {templates}, which URI rejects. Plain http only.
        Matcher u = Pattern.compile("http://([^/:?#]+)(?::(\\d+))?(.*)").matcher(url);
        if (!u.matches()) throw new IllegalArgumentException("not an http:// URL: " + url);
        InetSocketAddress address = new InetSocketAddress(u.group(1), u.group(2) != null ? Integer.parseInt(u.group(2)) : 80);
        String path = u.group(3).isEmpty() ? "/" : u.group(3);
        Template tpl = new Template(u.group(1) + ":" + address.getPort(), path, single(opt, "method", "GET"),
                opt.getOrDefault("header", List.of()), single(opt, "body", null), dataDir);

        // Connections stay open from the warmup into the measured run.
        List<Loop> loops = new ArrayList<>();
        for (int t = 0; t < threads; t++) {
            int conns = connections / threads + (t < connections % threads ? 1 : 0);
            loops.add(new Loop(address, tpl, conns, timeoutNs));
        }
        if (warmupNs > 0) {
            System.err.printf("warmup %.0fs ...%n", warmupNs / 1e9);
            run(loops, rate, warmupNs);
        }
        Stats stats = run(loops, rate, durationNs);
        stats.print(rate);
        for (Loop l : loops) l.closeAll();
    }

    static Stats run(List<Loop> loops, double rate, long durationNs) throws InterruptedException {
        int n = loops.size();
        long start = System.nanoTime() + 20_000_000;
        Stats stats = new Stats(rate > 0, durationNs);
        stats.start = start;
        List<Thread> threads = new ArrayList<>();
        for (int t = 0; t < n; t++) {
            Loop loop = loops.get(t);
            // Loop t takes requests t, t+n, t+2n, ... of the global schedule.
            Schedule s = rate > 0 ? new Schedule(start, 1e9 / rate, t, n, (long) Math.floor(durationNs * rate / 1e9))
                    : new Schedule(start, 0, 0, 1, 0);
            Recorder rec = stats.newRecorder();
            Thread th = new Thread(() -> loop.run(s, start + durationNs, rec), "fixed-rate-" + t);
            threads.add(th);
            th.start();
        }
        for (Thread th : threads) th.join();
        stats.elapsedNs = System.nanoTime() - start;
        return stats;
    }

    /** Intended send times of one loop's share of the requests. */
    record Schedule(long start, double intervalNs, int offset, int stride, long totalRequests) {
        boolean openLoop() { return intervalNs > 0; }

        /** Intended time of this loop's k-th request, or Long.MAX_VALUE past the end. */
        long due(long k) {
            long i = k * stride + offset;
            return i < totalRequests ? start + (long) (i * intervalNs) : Long.MAX_VALUE;
        }
    }

    // ---------------------------------------------------------------- event loop

    static final class Loop {
        final InetSocketAddress address;
        final Template tpl;
        final long timeoutNs;
        final Selector selector;
        final Conn[] conns;
        final ArrayDeque<Conn> idle = new ArrayDeque<>();
        int busy;

        Loop(InetSocketAddress address, Template tpl, int connections, long timeoutNs) throws IOException {
            this.address = address;
            this.tpl = tpl;
            this.timeoutNs = timeoutNs;
            this.selector = Selector.open();
            this.conns = new Conn[connections];
            for (int c = 0; c < connections; c++) {
                conns[c] = new Conn();
                idle.push(conns[c]);
            }
        }

        void run(Schedule s, long end, Recorder rec) {
            long k = 0; // next request of this loop's schedule
            long t;
            while ((t = System.nanoTime()) < s.start()) LockSupport.parkNanos(s.start() - t);
            long lastTimeoutScan = System.nanoTime();
            try {
                while (true) {
                    long now = System.nanoTime();
                    if (s.openLoop()) {
                        long due;
                        while (!idle.isEmpty() && (due = s.due(k)) <= now) {
                            send(idle.pop(), due, rec);
                            k++;
                        }
                        if (s.due(k) == Long.MAX_VALUE && busy == 0) break;
                    } else {
                        while (!idle.isEmpty() && now < end) send(idle.pop(), System.nanoTime(), rec);
                        if (now >= end && busy == 0) break;
                    }
                    if (s.openLoop()) waitForWork(idle.isEmpty() ? Long.MAX_VALUE : s.due(k));
                    else selector.select(Math.max(1, Math.min(100, (end - now) / 1_000_000)));
                    for (Iterator<SelectionKey> it = selector.selectedKeys().iterator(); it.hasNext(); ) {
                        SelectionKey key = it.next();
                        it.remove();
                        onReady((Conn) key.attachment(), key, rec);
                    }
                    now = System.nanoTime();
                    if (now - lastTimeoutScan > 100_000_000) {
                        lastTimeoutScan = now;
                        for (Conn c : conns) {
                            if (c.busy && now - c.sent > timeoutNs) fail(c, "timeout", rec);
                        }
                    }
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        /**
         * Sleeps until the next request is due or a socket is ready. select() only has millisecond
         * resolution, so the last millisecond before a due time is slept with parkNanos: in one go
         * when nothing is in flight, else in slices of at most 100 us, so that a response that
         * arrives meanwhile is read at most that late.
         */
        void waitForWork(long due) throws IOException {
            long gap = due == Long.MAX_VALUE ? Long.MAX_VALUE : due - System.nanoTime();
            if (gap >= 2_000_000) {
                selector.select(Math.min(100, gap / 1_000_000 - 1));
            } else if (gap >= 1_000_000 && busy > 0) {
                selector.select(1);
            } else if (gap <= 0) {
                selector.selectNow();
            } else if (busy == 0) {
                LockSupport.parkNanos(gap);
                selector.selectNow();
            } else if (selector.selectNow() == 0) {
                LockSupport.parkNanos(Math.min(gap, 100_000));
                selector.selectNow();
            }
        }

        void send(Conn c, long intended, Recorder rec) {
            c.busy = true;
            busy++;
            c.intended = intended;
            c.out = ByteBuffer.wrap(tpl.render());
            c.resetResponse();
            try {
                if (c.ch == null) {
                    c.ch = SocketChannel.open();
                    c.ch.configureBlocking(false);
                    c.ch.setOption(StandardSocketOptions.TCP_NODELAY, true);
                    c.sent = System.nanoTime();
                    if (!c.ch.connect(address)) {
                        c.key = c.ch.register(selector, SelectionKey.OP_CONNECT, c);
                        return;
                    }
                    c.key = c.ch.register(selector, 0, c);
                }
                c.sent = System.nanoTime();
                write(c);
            } catch (IOException e) {
                fail(c, e.toString(), rec);
            }
        }

        void write(Conn c) throws IOException {
            c.ch.write(c.out);
            c.key.interestOps(c.out.hasRemaining() ? SelectionKey.OP_WRITE | SelectionKey.OP_READ : SelectionKey.OP_READ);
        }

        void onReady(Conn c, SelectionKey key, Recorder rec) {
            if (!key.isValid()) return;
            if (!c.busy) { // an idle keep-alive connection: only the server closing it is expected
                try {
                    if (c.ch.read(ByteBuffer.wrap(c.in)) < 0) close(c);
                } catch (IOException e) {
                    close(c);
                }
                return;
            }
            try {
                if (key.isConnectable()) {
                    c.ch.finishConnect();
                    write(c);
                    return;
                }
                if (key.isWritable() && c.out.hasRemaining()) write(c);
                if (!key.isReadable()) return;
                while (true) {
                    if (c.inLen == c.in.length) c.in = Arrays.copyOf(c.in, c.in.length * 2);
                    int n = c.ch.read(ByteBuffer.wrap(c.in, c.inLen, c.in.length - c.inLen));
                    if (n < 0) {
                        if (c.headerEnd >= 0 && c.contentLength < 0 && !c.chunked) { complete(c, rec); close(c); }
                        else fail(c, "connection closed by server", rec);
                        return;
                    }
                    if (n == 0) return;
                    c.inLen += n;
                    if (c.parse()) {
                        complete(c, rec);
                        if (c.mustClose) close(c);
                        return;
                    }
                }
            } catch (IOException | RuntimeException e) {
                fail(c, e.toString(), rec);
            }
        }

        void complete(Conn c, Recorder rec) {
            long now = System.nanoTime();
            rec.record(now - c.intended, c.sent - c.intended, c.status, c.intended);
            release(c);
        }

        void fail(Conn c, String error, Recorder rec) {
            long now = System.nanoTime();
            rec.lastError = error;
            rec.record(now - c.intended, c.sent - c.intended, -1, c.intended);
            close(c);
            release(c);
        }

        void release(Conn c) {
            c.busy = false;
            busy--;
            idle.push(c); // LIFO: reuse warm connections, open new ones only when needed
        }

        void close(Conn c) {
            if (c.ch != null) {
                try { c.ch.close(); } catch (IOException ignored) { }
            }
            c.ch = null;
            c.key = null;
        }

        void closeAll() {
            for (Conn c : conns) close(c);
            try { selector.close(); } catch (IOException ignored) { }
        }
    }

    // ---------------------------------------------------------------- one connection and its response parser

    static final class Conn {
        SocketChannel ch;
        SelectionKey key;
        ByteBuffer out;
        byte[] in = new byte[8192];
        int inLen;
        boolean busy;
        long intended, sent;
        int headerEnd, status;
        long contentLength;
        boolean chunked, mustClose;

        void resetResponse() {
            inLen = 0;
            headerEnd = -1;
            status = 0;
            contentLength = -1;
            chunked = false;
            mustClose = false;
        }

        /** True once in[0..inLen) holds the whole response. */
        boolean parse() {
            if (headerEnd < 0) {
                int end = indexOf(in, 0, inLen, CRLFCRLF);
                if (end < 0) return false;
                headerEnd = end + 4;
                String[] lines = new String(in, 0, end, StandardCharsets.ISO_8859_1).split("\r\n");
                String[] statusLine = lines[0].split(" ", 3);
                status = Integer.parseInt(statusLine[1]);
                mustClose = statusLine[0].equals("HTTP/1.0");
                for (int i = 1; i < lines.length; i++) {
                    int colon = lines[i].indexOf(':');
                    if (colon < 0) continue;
                    String name = lines[i].substring(0, colon).trim();
                    String value = lines[i].substring(colon + 1).trim().toLowerCase(Locale.ROOT);
                    if (name.equalsIgnoreCase("content-length")) contentLength = Long.parseLong(value);
                    else if (name.equalsIgnoreCase("transfer-encoding")) chunked = value.contains("chunked");
                    else if (name.equalsIgnoreCase("connection")) mustClose = value.contains("close");
                }
                if (status == 204 || status == 304 || status < 200) contentLength = 0;
            }
            if (chunked) return chunkedComplete();
            if (contentLength >= 0) return inLen >= headerEnd + contentLength;
            return false; // body ends when the server closes the connection
        }

        private boolean chunkedComplete() {
            int pos = headerEnd;
            while (true) {
                int lineEnd = indexOf(in, pos, inLen, CRLF);
                if (lineEnd < 0) return false;
                String sizeField = new String(in, pos, lineEnd - pos, StandardCharsets.ISO_8859_1);
                int semi = sizeField.indexOf(';');
                long size = Long.parseLong((semi < 0 ? sizeField : sizeField.substring(0, semi)).trim(), 16);
                if (size == 0) {
                    // Optional trailers, then an empty line.
                    int p = lineEnd + 2;
                    if (inLen >= p + 2 && in[p] == '\r' && in[p + 1] == '\n') return true;
                    return indexOf(in, p, inLen, CRLFCRLF) >= 0;
                }
                pos = lineEnd + 2 + (int) size + 2;
                if (pos > inLen) return false;
            }
        }

        static final byte[] CRLF = {'\r', '\n'};
        static final byte[] CRLFCRLF = {'\r', '\n', '\r', '\n'};

        static int indexOf(byte[] b, int from, int to, byte[] pattern) {
            outer:
            for (int i = from; i <= to - pattern.length; i++) {
                for (int j = 0; j < pattern.length; j++) if (b[i + j] != pattern[j]) continue outer;
                return i;
            }
            return -1;
        }
    }

    // ---------------------------------------------------------------- results

    /** Per-loop results; only its loop thread writes to it. */
    static final class Recorder {
        final Stats stats;
        long[] lat = new long[1 << 14];
        int n;
        long ok, errors, late;
        long[] maxBySecond;
        String lastError;
        int lastBadStatus;

        Recorder(Stats stats) {
            this.stats = stats;
            this.maxBySecond = new long[(int) Math.ceil(stats.durationNs / 1e9)];
        }

        void record(long latencyNs, long sendDelayNs, int status, long intended) {
            if (n == lat.length) lat = Arrays.copyOf(lat, n * 2);
            lat[n++] = latencyNs;
            if (status >= 200 && status < 400) ok++;
            else { errors++; if (status > 0) lastBadStatus = status; }
            if (sendDelayNs > 1_000_000) late++;
            int second = (int) ((intended - stats.start) / 1_000_000_000L);
            if (second >= 0 && second < maxBySecond.length) maxBySecond[second] = Math.max(maxBySecond[second], latencyNs);
        }
    }

    static final class Stats {
        final boolean openLoop;
        final long durationNs;
        final List<Recorder> recorders = new ArrayList<>();
        long start = Long.MAX_VALUE;
        long elapsedNs;

        Stats(boolean openLoop, long durationNs) {
            this.openLoop = openLoop;
            this.durationNs = durationNs;
        }

        Recorder newRecorder() {
            Recorder r = new Recorder(this);
            recorders.add(r);
            return r;
        }

        void print(double rate) {
            int total = recorders.stream().mapToInt(r -> r.n).sum();
            long[] all = new long[total];
            long[] maxBySecond = new long[(int) Math.ceil(durationNs / 1e9)];
            int pos = 0;
            long ok = 0, errors = 0, late = 0;
            String lastError = null;
            int lastBadStatus = 0;
            for (Recorder r : recorders) {
                System.arraycopy(r.lat, 0, all, pos, r.n);
                pos += r.n;
                ok += r.ok;
                errors += r.errors;
                late += r.late;
                if (r.lastError != null) lastError = r.lastError;
                if (r.lastBadStatus != 0) lastBadStatus = r.lastBadStatus;
                for (int s = 0; s < maxBySecond.length; s++) maxBySecond[s] = Math.max(maxBySecond[s], r.maxBySecond[s]);
            }
            Arrays.sort(all);
            double secs = elapsedNs / 1e9;
            double achieved = total / secs;
            StringJoiner perSecond = new StringJoiner(",");
            for (long m : maxBySecond) perSecond.add(String.format(Locale.ROOT, "%.1f", m / 1e6));

            Map<String, String> kv = new LinkedHashMap<>();
            kv.put("mode", openLoop ? "fixed-rate" : "closed-loop");
            kv.put("target_rps", openLoop ? fmt(rate) : "0");
            kv.put("requests", Long.toString(total));
            kv.put("rps", fmt(achieved));
            kv.put("ok", Long.toString(ok));
            kv.put("errors", Long.toString(errors));
            kv.put("late", Long.toString(late));
            kv.put("p50_ms", ms(pct(all, 50)));
            kv.put("p90_ms", ms(pct(all, 90)));
            kv.put("p99_ms", ms(pct(all, 99)));
            kv.put("p999_ms", ms(pct(all, 99.9)));
            kv.put("max_ms", ms(all.length == 0 ? 0 : all[all.length - 1]));
            kv.put("max_by_second_ms", perSecond.toString());
            kv.put("last_bad_status", Integer.toString(lastBadStatus));

            System.err.printf(Locale.ROOT, "%s: %d requests in %.1fs = %.0f req/s%s, errors %d%s%n",
                    kv.get("mode"), total, secs, achieved, openLoop ? " (target " + fmt(rate) + ")" : "", errors,
                    openLoop ? ", sent >1ms late " + late + " (every connection busy, or the driver short of CPU)" : "");
            System.err.printf("latency%s: p50 %s ms  p90 %s ms  p99 %s ms  p99.9 %s ms  max %s ms%n",
                    openLoop ? " from intended send time" : "", kv.get("p50_ms"), kv.get("p90_ms"),
                    kv.get("p99_ms"), kv.get("p999_ms"), kv.get("max_ms"));
            if (errors > 0) {
                System.err.println("last error: " + (lastBadStatus != 0 ? "HTTP " + lastBadStatus + " " : "")
                        + (lastError != null ? lastError : ""));
            }
            if (openLoop && achieved < rate * 0.95) {
                System.err.println("WARNING: achieved rate is below the target: the service (or this driver) is saturated;"
                        + " latencies include the resulting queueing.");
            }
            StringBuilder line = new StringBuilder("RESULT");
            kv.forEach((k, v) -> line.append(' ').append(k).append('=').append(v));
            System.out.println(line);
        }

        static long pct(long[] sorted, double p) {
            if (sorted.length == 0) return 0;
            int idx = (int) Math.ceil(p / 100.0 * sorted.length) - 1;
            return sorted[Math.max(0, Math.min(sorted.length - 1, idx))];
        }

        static String ms(long ns) { return String.format(Locale.ROOT, "%.3f", ns / 1e6); }

        static String fmt(double d) { return String.format(Locale.ROOT, "%.1f", d); }
    }

    // ---------------------------------------------------------------- request templates

    static final class Template {
        static final Pattern VAR = Pattern.compile("\\{([A-Za-z0-9_]+)(:seq)?\\}");
        final String raw;     // request text with {vars} and a {#len} placeholder
        final byte[] fixed;   // pre-rendered when there are no vars
        final Map<String, List<String>> values = new HashMap<>();
        final AtomicLong seq = new AtomicLong();

        Template(String hostHeader, String path, String method, List<String> headers, String body, Path dataDir)
                throws IOException {
            StringBuilder sb = new StringBuilder();
            sb.append(method).append(' ').append(path).append(" HTTP/1.1\r\n");
            sb.append("Host: ").append(hostHeader).append("\r\n");
            sb.append("User-Agent: rounds-bench\r\n");
            boolean hasType = false;
            for (String h : headers) {
                sb.append(h).append("\r\n");
                hasType |= h.toLowerCase(Locale.ROOT).startsWith("content-type:");
            }
            if (body != null) {
                if (!hasType) sb.append("Content-Type: application/json\r\n");
                sb.append("Content-Length: {#len}\r\n\r\n").append(body);
            } else {
                sb.append("\r\n");
            }
            raw = sb.toString();
            Matcher m = VAR.matcher(raw);
            while (m.find()) {
                String name = m.group(1);
                if (values.containsKey(name)) continue;
                Path f = dataDir.resolve(name + ".txt");
                if (!Files.isReadable(f)) throw new FileNotFoundException("template variable {" + name + "} needs " + f);
                List<String> lines = new ArrayList<>();
                for (String l : Files.readAllLines(f)) if (!l.isBlank()) lines.add(l.strip());
                if (lines.isEmpty()) throw new IOException(f + " is empty");
                values.put(name, lines);
            }
            fixed = values.isEmpty() ? finish(raw) : null;
        }

        byte[] render() {
            if (fixed != null) return fixed;
            Matcher m = VAR.matcher(raw);
            StringBuilder out = new StringBuilder(raw.length() + 64);
            while (m.find()) {
                List<String> vals = values.get(m.group(1));
                int i = m.group(2) != null ? (int) (seq.getAndIncrement() % vals.size()) : ThreadLocalRandom.current().nextInt(vals.size());
                m.appendReplacement(out, Matcher.quoteReplacement(vals.get(i)));
            }
            m.appendTail(out);
            return finish(out.toString());
        }

        static byte[] finish(String req) {
            int split = req.indexOf("\r\n\r\n");
            int len = req.substring(split + 4).getBytes(StandardCharsets.UTF_8).length;
            return req.replace("{#len}", Integer.toString(len)).getBytes(StandardCharsets.UTF_8);
        }
    }

    // ---------------------------------------------------------------- arguments

    static Map<String, List<String>> parseArgs(String[] argv) {
        Map<String, List<String>> m = new HashMap<>();
        for (int i = 0; i < argv.length; i++) {
            String a = argv[i];
            if (a.startsWith("--")) {
                if (i + 1 >= argv.length) throw new IllegalArgumentException("missing value for " + a);
                m.computeIfAbsent(a.substring(2), k -> new ArrayList<>()).add(argv[++i]);
            } else {
                m.computeIfAbsent("url", k -> new ArrayList<>()).add(a);
            }
        }
        return m;
    }

    static String single(Map<String, List<String>> m, String key, String def) {
        List<String> v = m.get(key);
        return v == null || v.isEmpty() ? def : v.get(v.size() - 1);
    }

    /** "20s", "500ms", "2m", or plain seconds, in nanoseconds. */
    static long parseDuration(String s) {
        s = s.trim();
        if (s.endsWith("ms")) return Long.parseLong(s.substring(0, s.length() - 2)) * 1_000_000L;
        if (s.endsWith("s")) return (long) (Double.parseDouble(s.substring(0, s.length() - 1)) * 1e9);
        if (s.endsWith("m")) return (long) (Double.parseDouble(s.substring(0, s.length() - 1)) * 60e9);
        return (long) (Double.parseDouble(s) * 1e9);
    }
}
