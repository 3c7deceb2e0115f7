package com.wheyprice.scraper.fetch;

import java.net.URI;
import java.net.UnknownHostException;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;

import com.wheyprice.common.net.Origins;
import com.wheyprice.common.net.PublicTargets;
import com.wheyprice.scraper.config.ScraperConfig;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.core.Vertx;

/**
 * Decides where the scraper may connect: http(s) URLs of public hosts only, by the platform's one
 * rule ({@link PublicTargets}), resolved once and then connected to by that address. In
 * development mode the sample retailer's origin is the one local exception.
 */
@ApplicationScoped
public class TargetPolicy {

    private static final Set<String> SCHEMES = Set.of("http", "https");

    private final Vertx vertx;
    private final String allowedLocalOrigin;

    TargetPolicy(Vertx vertx, ScraperConfig config) {
        this.vertx = vertx;
        this.allowedLocalOrigin = config.mode() == ScraperConfig.Mode.DEVELOPMENT ? Origins.of(URI.create(config.sampleRetailerUrl())) : null;
    }

    public Uni<PublicTargets.Target> check(URI url) {
        return PublicTargets.resolving(vertx, url, SCHEMES, allowedLocalOrigin)
                .onFailure(PublicTargets.Refused.class).transform(refused -> FetchException.blocked(refused.getMessage()))
                .onFailure(UnknownHostException.class).transform(unknown -> FetchException.retryable("cannot resolve " + url.getHost()));
    }
}
