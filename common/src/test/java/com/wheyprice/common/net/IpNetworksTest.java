package com.wheyprice.common.net;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class IpNetworksTest {

    @Test
    void anIpv4AddressKeepsItsSlash24() {
        assertThat(IpNetworks.network("203.0.113.77")).isEqualTo("203.0.113.0/24");
    }

    @Test
    void anIpv6AddressKeepsItsSlash48() {
        assertThat(IpNetworks.network("2001:db8:1234:5678::1")).isEqualTo("2001:db8:1234::/48");
        assertThat(IpNetworks.network("::1")).isEqualTo("0:0:0::/48");
    }

    @Test
    void aNetworkStaysAsItIsSoRetentionCanRunTwice() {
        assertThat(IpNetworks.network("203.0.113.0/24")).isEqualTo("203.0.113.0/24");
        assertThat(IpNetworks.isNetwork("203.0.113.0/24")).isTrue();
        assertThat(IpNetworks.isNetwork("203.0.113.7")).isFalse();
    }

    @Test
    void anythingElseIsNotKeptAndNeverLookedUp() {
        assertThat(IpNetworks.network("unknown")).isNull();
        assertThat(IpNetworks.network("example.com")).isNull();
        assertThat(IpNetworks.network("1:2:zz::1")).isNull();
        assertThat(IpNetworks.network(null)).isNull();
    }
}
