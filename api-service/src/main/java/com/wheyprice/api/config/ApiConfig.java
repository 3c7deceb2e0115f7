package com.wheyprice.api.config;

import java.time.Duration;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import io.smallrye.config.WithName;

/** api-service's settings; README.md's configuration table lists each with its variable. */
@ConfigMapping(prefix = "api")
public interface ApiConfig {

    /** {@code CATALOG_URL}: catalog-service, where catalog, price, alert, discovery and click calls go. */
    @WithName("catalog-url")
    @WithDefault("http://localhost:8082")
    String catalogUrl();

    /** {@code AUTH_URL}: auth-service, where account, session and token calls go. */
    @WithName("auth-url")
    @WithDefault("http://localhost:8081")
    String authUrl();

    /** {@code SCRAPER_URL}: scraper-service, where the scraping admin calls go. */
    @WithName("scraper-url")
    @WithDefault("http://localhost:8083")
    String scraperUrl();

    /** {@code NOTIFICATION_URL}: notification-service, where unsubscribing and notification settings go. */
    @WithName("notification-url")
    @WithDefault("http://localhost:8085")
    String notificationUrl();

    Downstream downstream();

    RateLimits rateLimits();

    Cache cache();

    /** The response cache of public catalog reads. */
    interface Cache {

        /** {@code API_CACHE_ENABLED}. */
        @WithDefault("true")
        boolean enabled();

        /**
         * {@code API_CACHE_FRESH_FOR}: the longest a cached answer is served without asking
         * catalog-service again, even if no change event arrived (a missed event costs at most this).
         */
        @WithDefault("5m")
        Duration freshFor();

        /** {@code API_CACHE_MAX_STALE}: how old an answer may be and still be served, marked stale, while catalog-service is down. */
        @WithDefault("1h")
        Duration maxStale();
    }

    /** How api-service calls the services behind it. */
    interface Downstream {

        /** {@code API_DOWNSTREAM_CONNECT_TIMEOUT}. */
        @WithDefault("1s")
        Duration connectTimeout();

        /** {@code API_DOWNSTREAM_TIMEOUT}: the whole call, answer included. */
        @WithDefault("5s")
        Duration timeout();

        /** {@code API_DOWNSTREAM_MAX_CONNECTIONS}: kept-alive connections per downstream service. */
        @WithDefault("64")
        int maxConnections();
    }

    /** Requests per minute per client, by tier; anonymous clients are counted per IP address. */
    interface RateLimits {

        /** {@code API_RATE_LIMITS_ENABLED}. */
        @WithDefault("true")
        boolean enabled();

        /** {@code RATE_LIMIT_PUBLIC_PER_MINUTE}: anonymous clients, per IP. */
        @WithDefault("60")
        int publicPerMinute();

        /** {@code RATE_LIMIT_USER_PER_MINUTE}. */
        @WithDefault("300")
        int userPerMinute();

        /** {@code RATE_LIMIT_PREMIUM_PER_MINUTE}. */
        @WithDefault("3000")
        int premiumPerMinute();

        /** {@code RATE_LIMIT_ADMIN_PER_MINUTE}: admins and super admins. */
        @WithDefault("6000")
        int adminPerMinute();
    }
}
