package com.wheyprice.common.health;

import java.time.Duration;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** Readiness and dependency-monitoring settings shared by every service. */
@ConfigMapping(prefix = "health")
public interface HealthConfig {

    /** {@code HEALTH_CHECK_TIMEOUT}: a dependency that has not answered by then counts as down. */
    @WithDefault("2s")
    Duration checkTimeout();

    /**
     * {@code HEALTH_MONITOR_INTERVAL}: how often the database and Redis are checked for the
     * {@code whey_dependency_*} metrics, whether or not anything probes the service.
     */
    @WithDefault("15s")
    Duration monitorInterval();
}
