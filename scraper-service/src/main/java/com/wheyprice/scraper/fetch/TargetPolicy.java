package com.wheyprice.scraper.fetch;

import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.util.Arrays;
import java.util.Locale;

import jakarta.enterprise.context.ApplicationScoped;

import com.wheyprice.common.net.Origins;
import com.wheyprice.common.net.PublicAddresses;
import com.wheyprice.scraper.config.ScraperConfig;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.core.Vertx;

/**
 * Decides where the scraper may connect: http(s) URLs of public hosts only, resolved once and
 * then connected to by that address (so a name cannot resolve to something public for the check
 * and private for the connection). In development mode the sample retailer's origin is the one
 * local exception.
 */
@ApplicationScoped
public class TargetPolicy {

    private final Vertx vertx;
    private final String allowedLocalOrigin;

    TargetPolicy(Vertx vertx, ScraperConfig config) {
        this.vertx = vertx;
        this.allowedLocalOrigin = config.mode() == ScraperConfig.Mode.DEVELOPMENT ? Origins.of(URI.create(config.sampleRetailerUrl())) : null;
    }

    /** Where to connect for {@code url}. */
    public record Target(URI url, String host, int port, boolean tls, InetAddress address) {
    }

    public Uni<Target> check(URI url) {
        String scheme = url.getScheme() == null ? "" : url.getScheme().toLowerCase(Locale.ROOT);
        if (!scheme.equals("http") && !scheme.equals("https")) {
            return Uni.createFrom().failure(FetchException.blocked("only http and https URLs are fetched, not " + url));
        }
        if (url.getHost() == null || url.getRawUserInfo() != null) {
            return Uni.createFrom().failure(FetchException.blocked("the URL must name a host and carry no credentials"));
        }
        String host = url.getHost().toLowerCase(Locale.ROOT);
        boolean tls = scheme.equals("https");
        int port = url.getPort() >= 0 ? url.getPort() : tls ? 443 : 80;
        boolean allowedLocal = Origins.of(url).equals(allowedLocalOrigin);
        if (PublicAddresses.isObscuredIpv4(host)) {
            return Uni.createFrom().failure(FetchException.blocked("an IPv4 address must be written as four dotted decimals"));
        }
        if (!allowedLocal && PublicAddresses.isLocalName(host)) {
            return Uni.createFrom().failure(FetchException.blocked(host + " is a local name; only public hosts are fetched"));
        }
        // Resolving and reading this machine's interfaces both block, so both stay off the event loop.
        return vertx.executeBlocking(Uni.createFrom().item(() -> {
            InetAddress[] addresses = resolve(host);
            if (!allowedLocal && Arrays.stream(addresses).anyMatch(address -> !PublicAddresses.isPublic(address))) {
                throw FetchException.blocked(host + " is not a public host; only public hosts are fetched");
            }
            return new Target(url, host, port, tls, addresses[0]);
        }));
    }

    private static InetAddress[] resolve(String host) {
        try {
            return InetAddress.getAllByName(host.startsWith("[") ? host.substring(1, host.length() - 1) : host);
        } catch (UnknownHostException e) {
            throw FetchException.retryable("cannot resolve " + host);
        }
    }
}
