package com.wheyprice.common.net;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.net.Inet4Address;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.NetworkInterface;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** What an attacker might submit as a shop, or redirect a scrape to, to reach the platform or its network. */
class PublicAddressesTest {

    @ParameterizedTest
    @ValueSource(strings = {
            "0.0.0.0", "10.1.2.3", "100.64.0.1", "127.0.0.1", "169.254.169.254", "172.16.5.4", "192.0.0.8", "192.0.2.2",
            "192.88.99.1", "192.168.1.1", "198.18.0.1", "198.19.255.254", "198.51.100.7", "203.0.113.9", "224.0.0.1",
            "240.0.0.1", "255.255.255.255",
            "::", "::1", "::127.0.0.1", "::ffff:127.0.0.1", "::ffff:10.0.0.1", "64:ff9b::7f00:1", "64:ff9b:1::a00:1", "100::1",
            "2001::1", "2001:db8::1", "2002:7f00:1::1", "3fff::1", "5f00::1", "fc00::1", "fd00::2", "fe80::1", "fec0::1", "ff02::1"})
    void everySpecialPurposeAddressIsRefused(String literal) throws Exception {
        assertThat(PublicAddresses.isPublic(InetAddress.getByName(literal))).as(literal).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {"93.184.216.34", "8.8.8.8", "1.1.1.1", "104.16.0.1", "2606:4700::6810:1", "2a00:1450:4001::1"})
    void publicAddressesAreAllowed(String literal) throws Exception {
        assertThat(PublicAddresses.isPublic(InetAddress.getByName(literal))).as(literal).isTrue();
    }

    /** This machine's own addresses reach its services however public they look. */
    @Test
    void everyAddressOfThisMachinesOwnInterfacesIsRefused() throws Exception {
        List<InetAddress> own = NetworkInterface.networkInterfaces().flatMap(NetworkInterface::inetAddresses).toList();
        assumeTrue(!own.isEmpty(), "this machine lists no interface addresses");
        for (InetAddress address : own) {
            InetAddress plain = InetAddress.getByAddress(address.getAddress());
            assertThat(PublicAddresses.isPublic(plain)).as(plain.getHostAddress()).isFalse();
            assertThat(plain).isInstanceOfAny(Inet4Address.class, Inet6Address.class);
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"0x7f.1", "0x7f000001", "0177.0.0.1", "2130706433", "127.1", "10.0.0.01", "1.2.3.4.", "0X7F.0.0.1"})
    void ipv4WrittenOtherThanInFourDottedDecimalsIsObscured(String host) {
        assertThat(PublicAddresses.isObscuredIpv4(host)).as(host).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"127.0.0.1", "93.184.216.34", "shop.example", "123.example.com", "0xshop.in", "[::1]", "3m.com"})
    void namesAndDottedDecimalsAreNotObscured(String host) {
        assertThat(PublicAddresses.isObscuredIpv4(host)).as(host).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {"localhost", "api.localhost", "printer.local", "db.internal", "nas.home.arpa", "LOCALHOST"})
    void localNamesAreLocal(String host) {
        assertThat(PublicAddresses.isLocalName(host)).as(host).isTrue();
    }
}
