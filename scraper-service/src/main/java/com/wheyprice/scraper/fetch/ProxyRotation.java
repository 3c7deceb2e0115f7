package com.wheyprice.scraper.fetch;

import java.net.URI;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;

import jakarta.enterprise.context.ApplicationScoped;

import org.jboss.logging.Logger;

import com.wheyprice.common.flags.FeatureFlags;
import com.wheyprice.common.flags.Flags;
import com.wheyprice.scraper.config.ScraperConfig;

import io.vertx.core.net.ProxyOptions;
import io.vertx.core.net.ProxyType;

/**
 * Hands out the configured proxies in turn when proxy rotation is on. A proxy that fails several
 * times in a row is taken out of rotation for a cool-down, so one dead proxy does not fail every
 * n-th scrape; if every proxy is out, fetches go direct rather than not at all.
 */
@ApplicationScoped
public class ProxyRotation {

    private static final Logger LOG = Logger.getLogger(ProxyRotation.class);

    /** One proxy and its recent record. */
    static final class Proxy {
        final String name;
        final ProxyOptions options;
        final AtomicInteger failures = new AtomicInteger();
        volatile Instant outUntil = Instant.MIN;

        Proxy(String name, ProxyOptions options) {
            this.name = name;
            this.options = options;
        }
    }

    private final List<Proxy> proxies;
    private final ScraperConfig.Proxy config;
    private final FeatureFlags flags;
    private final Clock clock;
    private final AtomicInteger next = new AtomicInteger();

    ProxyRotation(ScraperConfig scraper, FeatureFlags flags, Clock clock) {
        this.config = scraper.proxy();
        this.flags = flags;
        this.clock = clock;
        List<Proxy> parsed = new ArrayList<>();
        for (String spec : config.list().orElse(List.of())) {
            if (!spec.isBlank()) {
                parsed.add(parse(spec.trim()));
            }
        }
        this.proxies = List.copyOf(parsed);
    }

    /**
     * The proxy for the next fetch, or empty to go direct (rotation off, no proxies, or all cooling
     * down). Rotation is on when the {@code scraper-proxy-rotation} flag says so, or, while no such
     * flag is published, when {@code ENABLE_PROXY_ROTATION} does.
     */
    public Optional<Proxy> next() {
        if (!flags.cachedIsOn(Flags.SCRAPER_PROXY_ROTATION, config.enabled()) || proxies.isEmpty()) {
            return Optional.empty();
        }
        Instant now = clock.instant();
        for (int i = 0; i < proxies.size(); i++) {
            Proxy proxy = proxies.get(Math.floorMod(next.getAndIncrement(), proxies.size()));
            if (!proxy.outUntil.isAfter(now)) {
                return Optional.of(proxy);
            }
        }
        return Optional.empty();
    }

    public void succeeded(Proxy proxy) {
        proxy.failures.set(0);
    }

    public void failed(Proxy proxy) {
        if (proxy.failures.incrementAndGet() >= config.maxFailures()) {
            proxy.failures.set(0);
            proxy.outUntil = clock.instant().plus(config.cooldown());
            LOG.warnf("proxy %s failed %d times in a row; out of rotation for %s", proxy.name, config.maxFailures(), config.cooldown());
        }
    }

    private static Proxy parse(String spec) {
        URI uri = URI.create(spec);
        if (uri.getHost() == null || uri.getPort() < 0) {
            throw new IllegalArgumentException("SCRAPER_PROXY_LIST entry must be scheme://[user:pass@]host:port, not " + spec);
        }
        ProxyOptions options = new ProxyOptions().setHost(uri.getHost()).setPort(uri.getPort())
                .setType("socks5".equalsIgnoreCase(uri.getScheme()) ? ProxyType.SOCKS5 : ProxyType.HTTP);
        if (uri.getUserInfo() != null) {
            String[] credentials = uri.getUserInfo().split(":", 2);
            options.setUsername(credentials[0]).setPassword(credentials.length > 1 ? credentials[1] : "");
        }
        return new Proxy(uri.getHost() + ":" + uri.getPort(), options);
    }
}
