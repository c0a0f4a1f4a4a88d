import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A local SMTP receiver for the mail dispatch bench: accepts every message, keeps nothing but a count and the
 * X-Rounds-Mail-Id of each (to report duplicates), and writes "received duplicates" to a status file every 100 ms.
 *
 *   java bench/src/SmtpSink.java PORT STATUS_FILE
 */
public class SmtpSink {

    private static final AtomicLong RECEIVED = new AtomicLong();
    private static final AtomicLong DUPLICATES = new AtomicLong();
    private static final Set<String> SEEN = ConcurrentHashMap.newKeySet();

    public static void main(String[] args) throws Exception {
        int port = Integer.parseInt(args[0]);
        Path status = Path.of(args[1]);
        Thread reporter = new Thread(() -> {
            while (true) {
                try {
                    Files.writeString(status, RECEIVED.get() + " " + DUPLICATES.get() + "\n");
                    Thread.sleep(100);
                } catch (Exception e) {
                    return;
                }
            }
        });
        reporter.setDaemon(true);
        reporter.start();
        try (ServerSocket server = new ServerSocket(port, 200, InetAddress.getByName("127.0.0.1"))) {
            while (true) {
                Socket connection = server.accept();
                Thread worker = new Thread(() -> serve(connection));
                worker.setDaemon(true);
                worker.start();
            }
        }
    }

    private static void serve(Socket socket) {
        try (socket;
             var in = new BufferedReader(new InputStreamReader(socket.getInputStream(), StandardCharsets.ISO_8859_1));
             OutputStream out = socket.getOutputStream()) {
            reply(out, "220 sink ESMTP");
            String line;
            while ((line = in.readLine()) != null) {
                String command = line.length() >= 4 ? line.substring(0, 4).toUpperCase() : line.toUpperCase();
                switch (command) {
                    case "EHLO" -> reply(out, "250-sink\r\n250-PIPELINING\r\n250 8BITMIME");
                    case "HELO", "MAIL", "RCPT", "RSET", "NOOP" -> reply(out, "250 OK");
                    case "DATA" -> {
                        reply(out, "354 go ahead");
                        String mailId = null;
                        while ((line = in.readLine()) != null && !line.equals(".")) {
                            if (mailId == null && line.regionMatches(true, 0, "X-Rounds-Mail-Id:", 0, 17)) {
                                mailId = line.substring(17).trim();
                            }
                        }
                        RECEIVED.incrementAndGet();
                        if (mailId != null && !SEEN.add(mailId)) {
                            DUPLICATES.incrementAndGet();
                        }
                        reply(out, "250 queued");
                    }
                    case "QUIT" -> {
                        reply(out, "221 bye");
                        return;
                    }
                    default -> reply(out, "250 OK");
                }
            }
        } catch (IOException e) {
            // the client went away
        }
    }

    private static void reply(OutputStream out, String text) throws IOException {
        out.write((text + "\r\n").getBytes(StandardCharsets.ISO_8859_1));
        out.flush();
    }
}
