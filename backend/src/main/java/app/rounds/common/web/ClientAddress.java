package app.rounds.common.web;

import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.UnknownHostException;

import io.vertx.ext.web.RoutingContext;

/**
 * The client a request comes from, as throttles count it. Behind a trusted proxy Quarkus has already replaced the
 * peer address by the one the proxy forwarded ({@code quarkus.http.proxy.*}); forwarded headers from any other peer
 * are ignored. An IPv6 client is keyed by its /64, since one subscriber is given a whole /64 and could otherwise
 * change address on every request.
 */
public final class ClientAddress {

    private static final int IPV6_PREFIX_BYTES = 8;

    private ClientAddress() {
    }

    public static String of(RoutingContext request) {
        return keyOf(request.request().remoteAddress().hostAddress());
    }

    static String keyOf(String address) {
        InetAddress parsed;
        try {
            // A literal address (Vert.x gives one): parsed without any name lookup.
            parsed = InetAddress.getByName(address);
        } catch (UnknownHostException e) {
            return address;
        }
        if (!(parsed instanceof Inet6Address)) {
            return parsed.getHostAddress();
        }
        byte[] prefix = new byte[16];
        System.arraycopy(parsed.getAddress(), 0, prefix, 0, IPV6_PREFIX_BYTES);
        try {
            return InetAddress.getByAddress(prefix).getHostAddress() + "/64";
        } catch (UnknownHostException impossible) {
            throw new IllegalStateException(impossible);
        }
    }
}
