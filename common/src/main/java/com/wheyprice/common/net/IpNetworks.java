package com.wheyprice.common.net;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.regex.Pattern;

/**
 * Cuts an IP address down to its network, as retention keeps old addresses: IPv4 to its /24,
 * IPv6 to its /48. That still tells an operator roughly where a sign-in came from, and no longer
 * which household.
 */
public final class IpNetworks {

    private static final Pattern IPV4 = Pattern.compile("(\\d{1,3})\\.(\\d{1,3})\\.(\\d{1,3})\\.(\\d{1,3})");
    private static final Pattern IPV6 = Pattern.compile("[0-9A-Fa-f:.]+");

    private IpNetworks() {
    }

    /** Whether the value was already cut to a network. */
    public static boolean isNetwork(String value) {
        return value != null && value.contains("/");
    }

    /**
     * The address's network in CIDR notation ({@code 203.0.113.0/24}, {@code 2001:db8:1::/48}), a
     * network unchanged, or {@code null} for anything that is neither: it is not kept.
     */
    public static String network(String address) {
        if (address == null || isNetwork(address)) {
            return address;
        }
        var ipv4 = IPV4.matcher(address);
        if (ipv4.matches()) {
            return ipv4.group(1) + "." + ipv4.group(2) + "." + ipv4.group(3) + ".0/24";
        }
        // only a literal reaches InetAddress (a colon is in no host name), so nothing is ever looked up
        if (!address.contains(":") || !IPV6.matcher(address).matches()) {
            return null;
        }
        try {
            byte[] bytes = InetAddress.getByName(address).getAddress();
            if (bytes.length != 16) {
                return null;
            }
            return "%x:%x:%x::/48".formatted(group(bytes, 0), group(bytes, 1), group(bytes, 2));
        } catch (UnknownHostException e) {
            return null;
        }
    }

    /** The {@code index}th 16-bit group of an IPv6 address. */
    private static int group(byte[] bytes, int index) {
        return (bytes[2 * index] & 0xff) << 8 | bytes[2 * index + 1] & 0xff;
    }
}
