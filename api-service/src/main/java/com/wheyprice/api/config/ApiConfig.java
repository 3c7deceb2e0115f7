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

    Downstream downstream();

    RateLimits rateLimits();

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
