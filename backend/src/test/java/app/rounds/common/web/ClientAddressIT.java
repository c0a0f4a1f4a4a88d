package app.rounds.common.web;

import static app.rounds.support.Api.api;

import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import app.rounds.support.cluster.TwoInstances;

/**
 * Sign-ups are throttled per client address (two per address here). Instance 0 trusts the test's own address as its
 * proxy, so the X-Forwarded-For it sends is the client; instance 1 trusts only another address, so the same header
 * is ignored there and every request counts as the test's own address.
 */
class ClientAddressIT {

    @RegisterExtension
    static final TwoInstances cluster = TwoInstances.direct()
            .env("ROUNDS_AUTH_SIGN_UP_THROTTLE_MAX_PER_ADDRESS", "2")
            .env("ROUNDS_AUTH_SIGN_UP_THROTTLE_FIRST_DELAY", "PT1M")
            .env("ROUNDS_BEHIND_PROXY", "true")
            .env(0, "ROUNDS_TRUSTED_PROXIES", "127.0.0.1")
            .env(1, "ROUNDS_TRUSTED_PROXIES", "192.0.2.1");

    @Test
    void behindATrustedProxyEachForwardedClientIsCountedApart() {
        signUp(0, "203.0.113.7", 201);
        signUp(0, "203.0.113.7", 201);
        signUp(0, "203.0.113.7", 429);
        signUp(0, "203.0.113.8", 201);
    }

    @Test
    void ipv6ClientsAreCountedPerSlash64() {
        signUp(0, "2001:db8:1:2::1", 201);
        signUp(0, "2001:db8:1:2::2", 201);
        signUp(0, "2001:db8:1:2:ffff:eeee:dddd:9", 429);
        signUp(0, "2001:db8:1:3::1", 201);
    }

    @Test
    void forwardedHeadersFromAPeerThatIsNoTrustedProxyAreIgnored() {
        signUp(1, "198.51.100.1", 201);
        signUp(1, "198.51.100.2", 201);
        signUp(1, "198.51.100.3", 429);
    }

    private static void signUp(int instance, String forwardedFor, int expectedStatus) {
        String email = "dr." + UUID.randomUUID().toString().substring(0, 8) + "@cluster.rounds.test";
        api().baseUri(cluster.instance(instance).baseUri().toString())
                .header("X-Forwarded-For", forwardedFor)
                .body(Map.of("email", email, "password", "correct-horse-battery", "displayName", "Dr. Forwarded"))
                .post("/api/v1/auth/signup")
                .then().statusCode(expectedStatus);
    }
}
