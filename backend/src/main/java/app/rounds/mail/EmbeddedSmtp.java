package app.rounds.mail;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;

import jakarta.mail.internet.MimeMessage;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;

/**
 * A real SMTP server (GreenMail) inside this JVM, for dev and tests when no SMTP host is configured, as the database
 * is embedded. It keeps what it receives in memory until it stops; the dev Mailbox reads from it. The only class that
 * touches GreenMail, so a build without it never loads it.
 */
public final class EmbeddedSmtp {

    /** JVM-wide, so a live reload of dev mode binds its new server to the port the mailer was told. */
    private static final String PORT_PROPERTY = "rounds.embedded-smtp.port";
    private static GreenMail server;

    private EmbeddedSmtp() {
    }

    static synchronized int startOnce() {
        if (server == null) {
            String known = System.getProperty(PORT_PROPERTY);
            int port = known == null ? freePort() : Integer.parseInt(known);
            start(port);
            System.setProperty(PORT_PROPERTY, Integer.toString(port));
            System.out.println("Started embedded SMTP server (GreenMail) on 127.0.0.1:" + port
                    + " (set QUARKUS_MAILER_HOST to send through another server)");
        }
        return server.getSmtp().getPort();
    }

    /** Every message received since the server started, oldest first. */
    static synchronized List<MimeMessage> received() {
        return server == null ? List.of() : Arrays.asList(server.getReceivedMessages());
    }

    /** Stops the server, so that a test sees what an SMTP server that refuses connections does. */
    public static synchronized void stop() {
        if (server != null) {
            server.stop();
            server = null;
        }
    }

    /**
     * Starts it again on the port the mailer was told. The port can stay taken for a moment after whatever last
     * listened on it closed (a test's stand-in server), so a refused bind is tried again for a few seconds.
     */
    public static synchronized void restart() {
        if (server != null) {
            return;
        }
        int port = Integer.parseInt(System.getProperty(PORT_PROPERTY));
        long giveUpAt = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        while (true) {
            try {
                start(port);
                return;
            } catch (IllegalStateException portStillTaken) {
                if (System.nanoTime() > giveUpAt) {
                    throw portStillTaken;
                }
                try {
                    Thread.sleep(200);
                } catch (InterruptedException interrupted) {
                    Thread.currentThread().interrupt();
                    throw portStillTaken;
                }
            }
        }
    }

    public static synchronized int port() {
        return Integer.parseInt(System.getProperty(PORT_PROPERTY));
    }

    private static void start(int port) {
        GreenMail greenMail = new GreenMail(new ServerSetup(port, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        try {
            greenMail.start();
        } catch (IllegalStateException notStarted) {
            greenMail.stop();
            throw notStarted;
        }
        server = greenMail;
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
