package app.rounds.integration.webhooks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.InetAddress;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

import app.rounds.common.error.InvalidInput;

class ReceiverAddressesTest {

    @ParameterizedTest
    @ValueSource(strings = {"127.0.0.1", "127.8.9.10", "10.1.2.3", "172.16.0.1", "192.168.1.1", "169.254.169.254", "0.0.0.0",
            "100.100.100.200", "::1", "::", "fe80::1", "fd00:ec2::254", "fc00::5", "::ffff:10.0.0.1", "::ffff:127.0.0.1",
            "64:ff9b::a00:1", "::a00:1", "224.0.0.1"})
    void refusesLoopbackPrivateLinkLocalUniqueLocalMappedAndMetadataAddresses(String address) throws Exception {
        assertThat(ReceiverAddresses.isPublic(InetAddress.getByName(address))).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {"93.184.215.14", "8.8.8.8", "2606:4700:4700::1111"})
    void acceptsPublicAddresses(String address) throws Exception {
        assertThat(ReceiverAddresses.isPublic(InetAddress.getByName(address))).isTrue();
    }

    @Test
    void withoutTheLocalSettingsOnlyHttpsToPublicAddressesIsAccepted() {
        ReceiverAddresses strict = new ReceiverAddresses(config(false, List.of()));

        assertThatThrownBy(() -> strict.check("http://93.184.215.14/hook", "url")).isInstanceOf(InvalidInput.class)
                .hasMessageContaining("https");
        assertThatThrownBy(() -> strict.check("https://127.0.0.1/hook", "url")).isInstanceOf(InvalidInput.class)
                .hasMessageContaining("loopback");
        assertThatThrownBy(() -> strict.check("https://[::ffff:7f00:1]/hook", "url")).isInstanceOf(InvalidInput.class);
        assertThatThrownBy(() -> strict.check("https://user:pw@93.184.215.14/hook", "url")).isInstanceOf(InvalidInput.class);
        assertThat(strict.check("https://93.184.215.14/hook", "url")).isEqualTo(URI.create("https://93.184.215.14/hook"));
    }

    @Test
    void theLocalSettingAllowsExactlyTheListedAddresses() throws Exception {
        ReceiverAddresses local = new ReceiverAddresses(config(true, List.of("127.0.0.1")));

        assertThat(local.resolve(URI.create("http://127.0.0.1:9/hook"))).isEqualTo(InetAddress.getByName("127.0.0.1"));
        assertThatThrownBy(() -> local.resolve(URI.create("http://10.0.0.1/hook"))).isInstanceOf(ReceiverAddresses.Refused.class);
    }

    private static WebhookConfig config(boolean allowHttp, List<String> allowed) {
        return new WebhookConfig() {
            public boolean allowHttp() { return allowHttp; }
            public Optional<List<String>> allowedPrivateAddresses() { return Optional.of(allowed); }
            public Duration connectTimeout() { return Duration.ofSeconds(10); }
            public Duration readTimeout() { return Duration.ofSeconds(10); }
            public List<Duration> retrySchedule() { return List.of(); }
            public Duration unhealthyAfter() { return Duration.ofHours(1); }
            public Duration disableAfter() { return Duration.ofDays(5); }
            public Duration secretOverlap() { return Duration.ofDays(1); }
            public Dispatch dispatch() { return null; }
        };
    }
}
