package app.rounds.integration.webhooks;

import java.net.Inet4Address;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.UnknownHostException;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;

import app.rounds.common.error.InvalidInput;

/**
 * Where a webhook may go (server-side request forgery): an {@code https} URL (plain {@code http} only where
 * configuration allows) whose host resolves, every time, only to public addresses. Loopback, private, link-local,
 * unique-local, carrier-grade NAT, IPv4-mapped or translated and cloud metadata addresses are refused, unless listed
 * in {@code rounds.webhooks.allowed-private-addresses}. The dispatcher resolves at send time and connects to the
 * address checked here, so a name that changes its answer after the check (DNS rebinding) gains nothing.
 */
@ApplicationScoped
public class ReceiverAddresses {

    private final boolean allowHttp;
    private final Set<InetAddress> allowedPrivate;

    ReceiverAddresses(WebhookConfig config) {
        this.allowHttp = config.allowHttp();
        this.allowedPrivate = config.allowedPrivateAddresses().orElse(List.of()).stream()
                .map(ReceiverAddresses::literal).collect(Collectors.toUnmodifiableSet());
    }

    /** The URL checked for a subscription, as its owner gives it: refused as invalid input of {@code field}. */
    public URI check(String url, String field) {
        URI uri = parse(url, field);
        try {
            resolve(uri);
        } catch (Refused refused) {
            throw new InvalidInput(field, refused.getMessage());
        }
        return uri;
    }

    /** The one address to connect to for this URL, all of whose addresses were checked just now. */
    public InetAddress resolve(URI uri) throws Refused {
        InetAddress[] addresses;
        try {
            addresses = InetAddress.getAllByName(uri.getHost());
        } catch (UnknownHostException e) {
            throw new Refused("has a host that does not resolve");
        }
        for (InetAddress address : addresses) {
            if (!allowedPrivate.contains(address) && !isPublic(address)) {
                throw new Refused("resolves to a loopback, private, link-local or metadata address (" + address.getHostAddress() + ")");
            }
        }
        return addresses[0];
    }

    private URI parse(String url, String field) {
        URI uri;
        try {
            uri = new URI(url);
        } catch (URISyntaxException e) {
            throw new InvalidInput(field, "is not a URL");
        }
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        if (!scheme.equals("https") && !(allowHttp && scheme.equals("http"))) {
            throw new InvalidInput(field, allowHttp ? "must be an http or https URL" : "must be an https URL");
        }
        if (uri.getHost() == null || uri.getRawUserInfo() != null || uri.getRawFragment() != null) {
            throw new InvalidInput(field, "must name a host, without user information or fragment");
        }
        return uri;
    }

    static boolean isPublic(InetAddress address) {
        if (address.isAnyLocalAddress() || address.isLoopbackAddress() || address.isLinkLocalAddress()
                || address.isSiteLocalAddress() || address.isMulticastAddress()) {
            return false;
        }
        byte[] b = address.getAddress();
        if (address instanceof Inet4Address) {
            int first = b[0] & 0xff;
            int second = b[1] & 0xff;
            return first != 0 && !(first == 100 && second >= 64 && second < 128) && !(first == 192 && second == 0 && b[2] == 0)
                    && !(first == 198 && (second == 18 || second == 19)) && first < 224;
        }
        if (address instanceof Inet6Address) {
            boolean uniqueLocal = (b[0] & 0xfe) == 0xfc;
            boolean embedsIpv4 = isZero(b, 0, 10) && ((b[10] & 0xff) == 0xff && (b[11] & 0xff) == 0xff || isZero(b, 10, 12));
            boolean translated = (b[0] & 0xff) == 0x00 && (b[1] & 0xff) == 0x64 && (b[2] & 0xff) == 0xff && (b[3] & 0xff) == 0x9b;
            return !uniqueLocal && !embedsIpv4 && !translated;
        }
        return false;
    }

    private static boolean isZero(byte[] bytes, int from, int to) {
        for (int i = from; i < to; i++) {
            if (bytes[i] != 0) {
                return false;
            }
        }
        return true;
    }

    private static InetAddress literal(String address) {
        try {
            return InetAddress.getByName(address.strip());
        } catch (UnknownHostException e) {
            throw new IllegalArgumentException("rounds.webhooks.allowed-private-addresses: not an address: " + address, e);
        }
    }

    /** A receiver address that may not be called. */
    public static final class Refused extends Exception {
        Refused(String reason) {
            super(reason);
        }
    }
}
