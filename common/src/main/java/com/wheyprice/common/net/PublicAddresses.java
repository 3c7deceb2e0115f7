package com.wheyprice.common.net;

import java.net.InetAddress;
import java.net.NetworkInterface;
import java.net.SocketException;
import java.net.UnknownHostException;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Tells public internet hosts from everything else, so nothing the platform fetches on a user's
 * or an admin's behalf (discovered product URLs, scraped pages and their redirects, extraction
 * previews) can reach the platform itself or a network behind it. One rule, used by catalog's
 * URL checks and the scraper's fetcher: an address is public unless it lies in a block of the
 * IANA IPv4 or IPv6 Special-Purpose Address Registry (loopback, private, shared, link-local,
 * documentation, benchmarking, reserved, NAT64, 6to4, Teredo, IPv4-mapped and -compatible
 * forms…), is multicast, or is bound to one of this machine's own interfaces.
 */
public final class PublicAddresses {

    /** Every special-purpose block; an address inside one is never a shop. */
    private static final List<Block> SPECIAL = Stream.of(
            // IPv4 Special-Purpose Address Registry, multicast and limited broadcast
            "0.0.0.0/8", "10.0.0.0/8", "100.64.0.0/10", "127.0.0.0/8", "169.254.0.0/16", "172.16.0.0/12", "192.0.0.0/24",
            "192.0.2.0/24", "192.31.196.0/24", "192.52.193.0/24", "192.88.99.0/24", "192.168.0.0/16", "192.175.48.0/24",
            "198.18.0.0/15", "198.51.100.0/24", "203.0.113.0/24", "224.0.0.0/4", "240.0.0.0/4",
            // IPv6 Special-Purpose Address Registry (with the IPv4-compatible ::/96 and deprecated site-local), multicast.
            // IPv4-mapped addresses (::ffff:a.b.c.d) need no block: Java reads them as the IPv4 address they carry.
            "::/96", "64:ff9b::/96", "64:ff9b:1::/48", "100::/64", "2001::/23", "2001:db8::/32", "2002::/16",
            "3fff::/20", "5f00::/16", "fc00::/7", "fe80::/10", "fec0::/10", "ff00::/8")
            .map(Block::parse).toList();
    /** Host names that only ever mean something local, whatever they resolve to. */
    private static final Pattern LOCAL_NAME = Pattern.compile("(^|\\.)(localhost|local|internal|localdomain|home\\.arpa)$");
    /** A host made only of numbers, dots and hex: some IPv4 literal, but maybe not dotted decimal. */
    private static final Pattern NUMERIC_HOST = Pattern.compile("^(0x[0-9a-f]*|[0-9]+)(\\.(0x[0-9a-f]*|[0-9]*))*\\.?$");
    private static final Pattern DOTTED_DECIMAL = Pattern.compile("^(25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])(\\.(25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])){3}$");
    private static final Duration INTERFACES_FOR = Duration.ofSeconds(30);

    private static volatile LocalInterfaces interfaces = new LocalInterfaces(Set.of(), 0);

    private PublicAddresses() {
    }

    /** Host names that only ever mean something local, whatever they resolve to. */
    public static boolean isLocalName(String host) {
        return LOCAL_NAME.matcher(host.toLowerCase(Locale.ROOT)).find();
    }

    /**
     * Whether a URL's host is an IPv4 address written any other way than four dotted decimals
     * ({@code 0x7f.1}, {@code 0177.0.0.1}, {@code 2130706433}, {@code 127.1}). Resolvers read
     * these differently, and no shop is ever addressed so, so they are refused outright.
     */
    public static boolean isObscuredIpv4(String host) {
        String name = host.toLowerCase(Locale.ROOT);
        return NUMERIC_HOST.matcher(name).matches() && !DOTTED_DECIMAL.matcher(name).matches();
    }

    public static boolean isPublic(InetAddress address) {
        byte[] bytes = address.getAddress();
        return SPECIAL.stream().noneMatch(block -> block.contains(bytes)) && !localInterfaces().contains(address);
    }

    /** This machine's own addresses, read again at most every {@link #INTERFACES_FOR} (interfaces come and go). */
    private static Set<InetAddress> localInterfaces() {
        LocalInterfaces known = interfaces;
        long now = System.nanoTime();
        if (known.readAt() != 0 && now - known.readAt() < INTERFACES_FOR.toNanos()) {
            return known.addresses();
        }
        try {
            Set<InetAddress> addresses = NetworkInterface.networkInterfaces().flatMap(NetworkInterface::inetAddresses)
                    .map(PublicAddresses::withoutScope).collect(Collectors.toUnmodifiableSet());
            interfaces = new LocalInterfaces(addresses, now);
            return addresses;
        } catch (SocketException e) {
            return known.addresses();
        }
    }

    /** {@code fe80::1%eth0} and {@code fe80::1} are one address for this comparison. */
    private static InetAddress withoutScope(InetAddress address) {
        try {
            return InetAddress.getByAddress(address.getAddress());
        } catch (UnknownHostException e) {
            return address;
        }
    }

    private record LocalInterfaces(Set<InetAddress> addresses, long readAt) {
    }

    /** A CIDR block of one address family. */
    private record Block(byte[] prefix, int bits) {

        static Block parse(String cidr) {
            String[] parts = cidr.split("/");
            try {
                return new Block(InetAddress.getByName(parts[0]).getAddress(), Integer.parseInt(parts[1]));
            } catch (UnknownHostException e) {
                throw new IllegalArgumentException(cidr, e);
            }
        }

        boolean contains(byte[] address) {
            if (address.length != prefix.length) {
                return false;
            }
            int whole = bits / 8;
            if (!Arrays.equals(address, 0, whole, prefix, 0, whole)) {
                return false;
            }
            int rest = bits % 8;
            int mask = (0xff << (8 - rest)) & 0xff;
            return rest == 0 || (address[whole] & mask) == (prefix[whole] & mask);
        }
    }
}
