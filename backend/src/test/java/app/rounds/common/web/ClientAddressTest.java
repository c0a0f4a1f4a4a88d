package app.rounds.common.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ClientAddressTest {

    @Test
    void anIpv4ClientIsKeyedByItsAddress() {
        assertThat(ClientAddress.keyOf("203.0.113.7")).isEqualTo("203.0.113.7");
    }

    @Test
    void ipv6ClientsOfOneSlash64ShareAKey() {
        assertThat(ClientAddress.keyOf("2001:db8:1:2::1")).isEqualTo("2001:db8:1:2:0:0:0:0/64");
        assertThat(ClientAddress.keyOf("2001:db8:1:2:ffff:eeee:dddd:9")).isEqualTo(ClientAddress.keyOf("2001:db8:1:2::1"));
        assertThat(ClientAddress.keyOf("2001:db8:1:3::1")).isNotEqualTo(ClientAddress.keyOf("2001:db8:1:2::1"));
    }

    @Test
    void anIpv4MappedIpv6ClientIsKeyedAsItsIpv4Address() {
        assertThat(ClientAddress.keyOf("::ffff:203.0.113.7")).isEqualTo("203.0.113.7");
    }
}
