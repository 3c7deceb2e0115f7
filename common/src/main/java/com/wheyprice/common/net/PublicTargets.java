package com.wheyprice.common.net;

import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.util.Arrays;
import java.util.Locale;
import java.util.Set;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.core.Vertx;

/**
 * Where the platform may connect on someone's behalf (a scraped page, a user's webhook): a URL of
 * an allowed scheme, naming a public host ({@link PublicAddresses}), resolved once here and then
 * connected to by that address, so a name cannot resolve to something public for the check and
 * private for the connection. One origin may be let through for development (the sample shop, a
 * local webhook receiver); callers allow it only outside production.
 *
 * <p>{@link #resolve} resolves names and reads this machine's interfaces, both blocking: call it
 * off the event loop, or call {@link #resolving}, which does.
 */
public final class PublicTargets {

    /** Where to connect for {@code url}: its host (for {@code Host} and SNI), port, whether TLS, and the checked address. */
    public record Target(URI url, String host, int port, boolean tls, InetAddress address) {
    }

    /** The URL may not be connected to; the message says why, for the person who gave it. */
    public static final class Refused extends RuntimeException {
        public Refused(String message) {
            super(message);
        }
    }

    private PublicTargets() {
    }

    /**
     * The checks that need no lookup (scheme, host, credentials, how the host is written); fails
     * with {@link Refused}. {@code allowedLocalOrigin} may be null.
     */
    public static void checkForm(URI url, Set<String> schemes, String allowedLocalOrigin) {
        String scheme = url.getScheme() == null ? "" : url.getScheme().toLowerCase(Locale.ROOT);
        if (!schemes.contains(scheme)) {
            throw new Refused("only " + String.join(" and ", schemes.stream().sorted().toList()) + " URLs are allowed, not " + url);
        }
        if (url.getHost() == null || url.getRawUserInfo() != null) {
            throw new Refused("the URL must name a host and carry no credentials");
        }
        String host = url.getHost().toLowerCase(Locale.ROOT);
        if (PublicAddresses.isObscuredIpv4(host)) {
            throw new Refused("an IPv4 address must be written as four dotted decimals");
        }
        if (!allowedLocal(url, allowedLocalOrigin) && PublicAddresses.isLocalName(host)) {
            throw new Refused(host + " is a local name; only public hosts are allowed");
        }
    }

    /**
     * Checks the URL's form, resolves its host and checks every address it has; fails with
     * {@link Refused}, or {@link UnknownHostException} when the name does not resolve (which may pass).
     */
    public static Target resolve(URI url, Set<String> schemes, String allowedLocalOrigin) throws UnknownHostException {
        checkForm(url, schemes, allowedLocalOrigin);
        String host = url.getHost().toLowerCase(Locale.ROOT);
        boolean tls = url.getScheme().equalsIgnoreCase("https");
        int port = url.getPort() >= 0 ? url.getPort() : tls ? 443 : 80;
        InetAddress[] addresses = InetAddress.getAllByName(host.startsWith("[") ? host.substring(1, host.length() - 1) : host);
        if (!allowedLocal(url, allowedLocalOrigin) && Arrays.stream(addresses).anyMatch(address -> !PublicAddresses.isPublic(address))) {
            throw new Refused(host + " is not a public host; only public hosts are allowed");
        }
        return new Target(url, host, port, tls, addresses[0]);
    }

    /**
     * {@link #resolve} without blocking the caller: the form is checked at once, the lookup runs on
     * a worker thread. Fails with {@link Refused} or {@link UnknownHostException}.
     */
    public static Uni<Target> resolving(Vertx vertx, URI url, Set<String> schemes, String allowedLocalOrigin) {
        try {
            checkForm(url, schemes, allowedLocalOrigin);
        } catch (Refused refused) {
            return Uni.createFrom().failure(refused);
        }
        return vertx.executeBlocking(Uni.createFrom().item(() -> {
            try {
                return resolve(url, schemes, allowedLocalOrigin);
            } catch (UnknownHostException e) {
                throw new UncheckedIOException(e);
            }
        })).onFailure(UncheckedIOException.class).transform(Throwable::getCause);
    }

    private static boolean allowedLocal(URI url, String allowedLocalOrigin) {
        return allowedLocalOrigin != null && Origins.of(url).equals(allowedLocalOrigin);
    }
}
