package com.wheyprice.common.net;

import java.net.InetAddress;
import java.util.Locale;

/**
 * Tells public internet hosts from local ones, so nothing the platform fetches on a user's or an
 * admin's behalf (discovered product URLs, scraped pages, extraction previews) can reach loopback,
 * private, link-local, carrier-grade NAT or multicast addresses inside our own network.
 */
public final class PublicAddresses {

    private PublicAddresses() {
    }

    /** Host names that only ever mean something local, whatever they resolve to. */
    public static boolean isLocalName(String host) {
        String name = host.toLowerCase(Locale.ROOT);
        return name.equals("localhost") || name.endsWith(".localhost") || name.endsWith(".local") || name.endsWith(".internal");
    }

    public static boolean isPublic(InetAddress address) {
        return !(address.isLoopbackAddress() || address.isSiteLocalAddress() || address.isLinkLocalAddress() || address.isAnyLocalAddress()
                || address.isMulticastAddress() || isUniqueLocalV6(address) || isCarrierGradeNat(address));
    }

    private static boolean isUniqueLocalV6(InetAddress address) {
        byte[] bytes = address.getAddress();
        return bytes.length == 16 && (bytes[0] & 0xfe) == 0xfc;
    }

    private static boolean isCarrierGradeNat(InetAddress address) {
        byte[] bytes = address.getAddress();
        return bytes.length == 4 && (bytes[0] & 0xff) == 100 && (bytes[1] & 0xc0) == 64;
    }
}
