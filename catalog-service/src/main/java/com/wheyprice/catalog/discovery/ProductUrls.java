package com.wheyprice.catalog.discovery;

import java.net.InetAddress;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.UnknownHostException;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;

import com.wheyprice.catalog.api.DiscoveryRequests;
import com.wheyprice.common.net.Origins;
import com.wheyprice.common.net.PublicAddresses;

/**
 * Decides whether a submitted product URL may be tracked and gives it one spelling. A URL the
 * scraper would fetch must be http(s), name a public host, and carry no credentials; addresses
 * on loopback, private, link-local or multicast networks (and names that resolve to them) are
 * refused, so a submission can never point the scraper inside our own network.
 */
public final class ProductUrls {

    static final int MAX_LENGTH = DiscoveryRequests.MAX_URL_LENGTH;

    private ProductUrls() {
    }

    /** A checked URL: its normalised form and the host (without {@code www.}) that names the retailer. */
    public record Checked(String normalized, String domain) {
    }

    /**
     * Checks {@code url}; {@code allowedLocalOrigin} ({@code scheme://host:port}) is the one origin
     * that may be local (the sample shops in development), or null.
     */
    public static Checked check(String url, String allowedLocalOrigin) {
        if (url == null || url.isBlank() || url.length() > MAX_LENGTH) {
            throw new IllegalArgumentException("must be a URL of at most " + MAX_LENGTH + " characters");
        }
        URI uri;
        try {
            uri = new URI(url.trim());
        } catch (URISyntaxException e) {
            throw new IllegalArgumentException("is not a valid URL");
        }
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        if (!scheme.equals("http") && !scheme.equals("https")) {
            throw new IllegalArgumentException("must be an http or https URL");
        }
        if (uri.getRawUserInfo() != null) {
            throw new IllegalArgumentException("must not contain a user name or password");
        }
        String host = uri.getHost() == null ? null : uri.getHost().toLowerCase(Locale.ROOT);
        // java.net.URI has no host for 0x7f.1 or 127.1 (a last label starting with a digit), only an authority.
        String named = host != null ? host : uri.getRawAuthority() == null ? "" : uri.getRawAuthority().replaceFirst(":\\d*$", "");
        if (PublicAddresses.isObscuredIpv4(named)) {
            throw new IllegalArgumentException("must write an IPv4 address as four dotted decimals, not " + named);
        }
        if (host == null || host.isBlank()) {
            throw new IllegalArgumentException("must name a host");
        }
        if (!Origins.of(uri).equals(allowedLocalOrigin)) {
            refuseLocal(host);
        }
        String domain = host.startsWith("www.") ? host.substring(4) : host;
        return new Checked(normalize(uri, scheme, host), domain);
    }

    private static void refuseLocal(String host) {
        if (PublicAddresses.isLocalName(host)) {
            throw new IllegalArgumentException("must name a public host, not " + host);
        }
        for (InetAddress address : resolve(host)) {
            if (!PublicAddresses.isPublic(address)) {
                throw new IllegalArgumentException("must name a public host; " + host + " is on a private or local network");
            }
        }
    }

    /** The host's addresses; an IP literal is itself; a name that does not resolve here is left to the scraper's own check. */
    private static InetAddress[] resolve(String host) {
        try {
            return InetAddress.getAllByName(host.startsWith("[") ? host.substring(1, host.length() - 1) : host);
        } catch (UnknownHostException e) {
            return new InetAddress[0];
        }
    }

    /** Lower-case scheme and host, no default port, no fragment, no tracking parameters, no trailing slash. */
    private static String normalize(URI uri, String scheme, String host) {
        int port = uri.getPort();
        boolean defaultPort = port < 0 || (scheme.equals("http") && port == 80) || (scheme.equals("https") && port == 443);
        String path = uri.getRawPath() == null || uri.getRawPath().isEmpty() ? "/" : uri.getRawPath();
        if (path.length() > 1 && path.endsWith("/")) {
            path = path.substring(0, path.length() - 1);
        }
        String query = Optional.ofNullable(uri.getRawQuery()).map(raw -> Arrays.stream(raw.split("&"))
                        .filter(parameter -> !isTracking(parameter.split("=", 2)[0].toLowerCase(Locale.ROOT)))
                        .sorted()
                        .collect(Collectors.joining("&")))
                .filter(kept -> !kept.isEmpty()).map(kept -> "?" + kept).orElse("");
        return scheme + "://" + host + (defaultPort ? "" : ":" + port) + path + query;
    }

    private static boolean isTracking(String name) {
        return name.startsWith("utm_") || name.equals("gclid") || name.equals("fbclid") || name.equals("ref") || name.equals("affid");
    }
}
