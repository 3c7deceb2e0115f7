package com.wheyprice.api.downstream;

import jakarta.enterprise.context.ApplicationScoped;

import com.wheyprice.api.config.ApiConfig;

import io.opentelemetry.api.OpenTelemetry;
import io.vertx.mutiny.core.Vertx;

/** The services behind api-service, each with its own connections, circuit breakers and bulkheads. */
@ApplicationScoped
public class Downstreams {

    private final DownstreamClient catalog;
    private final DownstreamClient auth;
    private final DownstreamClient scraper;
    private final DownstreamClient notification;

    Downstreams(Vertx vertx, ApiConfig config, OpenTelemetry telemetry) {
        this.catalog = new DownstreamClient("catalog-service", "/catalog/", "/api/v1/", vertx, config.catalogUrl(), config.downstream(),
                telemetry);
        this.auth = new DownstreamClient("auth-service", "/auth/", "/api/v1/auth/", vertx, config.authUrl(), config.downstream(),
                telemetry);
        this.scraper = new DownstreamClient("scraper-service", "/admin/", "/api/v1/admin/", vertx, config.scraperUrl(), config.downstream(),
                telemetry);
        this.notification = new DownstreamClient("notification-service", "/notifications/", "/api/v1/notifications/", vertx,
                config.notificationUrl(), config.downstream(), telemetry);
    }

    public DownstreamClient catalog() {
        return catalog;
    }

    public DownstreamClient auth() {
        return auth;
    }

    public DownstreamClient scraper() {
        return scraper;
    }

    public DownstreamClient notification() {
        return notification;
    }
}
