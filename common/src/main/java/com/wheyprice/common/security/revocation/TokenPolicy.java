package com.wheyprice.common.security.revocation;

import java.time.Duration;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/**
 * What every resource server demands of an access token beyond its signature, and how it keeps
 * up with revocations. The lifetime and skew are the same variables auth-service issues with.
 */
@ConfigMapping(prefix = "whey.tokens")
public interface TokenPolicy {

    /** {@code AUTH_ACCESS_TOKEN_TTL}: the longest lifetime ({@code exp - iat}) a token may have. */
    @WithDefault("5m")
    Duration maxLifetime();

    /** {@code AUTH_CLOCK_SKEW_SECONDS}: how far a token's {@code iat} may lie in the future. */
    @WithDefault("5s")
    Duration clockSkew();

    /** {@code AUTH_REVOCATION_SYNC_INTERVAL}: how often each instance reads new revocations from Redis. */
    @WithDefault("500ms")
    Duration revocationSyncInterval();

    /**
     * {@code AUTH_REVOCATION_STALE_AFTER}: once the last successful read of revocations is older than
     * this, admin tokens are refused (503) until Redis answers again; other tokens are checked
     * against the revocations known so far.
     */
    @WithDefault("10s")
    Duration revocationStaleAfter();
}
