package app.rounds.support.cluster;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Listening ports for the processes a test starts.
 *
 * <p>A port from {@code new ServerSocket(0)} comes from the kernel's ephemeral range, which outgoing connections
 * draw from too: between our check and the service binding it, a JDBC connection of the other instance could take it
 * as its source port ("Address already in use" at start-up). So ports come from below that range (Linux starts it at
 * 32768), and none is handed out twice in one test run.
 */
public final class Ports {

    private static final int LOWEST = 20_000;
    private static final int BELOW_EPHEMERAL = 32_000;
    private static final Set<Integer> HANDED_OUT = ConcurrentHashMap.newKeySet();

    private Ports() {
    }

    public static int free() {
        for (int attempt = 0; attempt < 200; attempt++) {
            int candidate = ThreadLocalRandom.current().nextInt(LOWEST, BELOW_EPHEMERAL);
            if (HANDED_OUT.contains(candidate) || !bindable(candidate)) {
                continue;
            }
            if (HANDED_OUT.add(candidate)) {
                return candidate;
            }
        }
        throw new IllegalStateException("No free port between " + LOWEST + " and " + BELOW_EPHEMERAL);
    }

    private static boolean bindable(int port) {
        try (ServerSocket socket = new ServerSocket()) {
            socket.setReuseAddress(false);
            socket.bind(new InetSocketAddress(InetAddress.getByName("0.0.0.0"), port));
            return true;
        } catch (IOException e) {
            return false;
        }
    }
}
