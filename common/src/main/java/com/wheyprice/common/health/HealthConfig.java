package com.wheyprice.common.health;

import java.time.Duration;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** Readiness settings shared by every service. */
@ConfigMapping(prefix = "health")
public interface HealthConfig {

    /** {@code HEALTH_CHECK_TIMEOUT}: a dependency that has not answered by then counts as down. */
    @WithDefault("2s")
    Duration checkTimeout();
}
