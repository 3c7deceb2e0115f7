package com.wheyprice.common.health;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Tags;
import io.quarkus.runtime.Startup;
import io.smallrye.health.api.AsyncHealthCheck;
import io.vertx.core.Vertx;

/**
 * Checks the database and Redis on a fixed period, whether or not an orchestrator probes the
 * service, and exports what it saw: {@code whey_dependency_up{dependency}} (1 or 0) and
 * {@code whey_dependency_failures_total{dependency}}. The alert on database connection failures
 * reads them; readiness probes alone would leave no trace between scrapes.
 */
@Startup
@ApplicationScoped
public class DependencyMonitor {

    private final Map<String, AsyncHealthCheck> checks;
    private final Map<String, AtomicInteger> up = new ConcurrentHashMap<>();
    private final Map<String, Counter> failures = new ConcurrentHashMap<>();
    private final Vertx vertx;
    private final long timer;

    DependencyMonitor(@Readiness DatabaseHealthCheck database, @Readiness RedisHealthCheck redis, MeterRegistry registry, Vertx vertx,
            HealthConfig config) {
        this.checks = Map.of("database", database, "redis", redis);
        this.vertx = vertx;
        for (String dependency : checks.keySet()) {
            up.put(dependency, registry.gauge("whey_dependency_up", Tags.of("dependency", dependency),
                    new AtomicInteger(1)));
            failures.put(dependency, Counter.builder("whey_dependency_failures").tag("dependency", dependency)
                    .description("checks of a dependency that failed or timed out").register(registry));
        }
        this.timer = vertx.setPeriodic(config.monitorInterval().toMillis(), ignored -> checkAll());
    }

    private void checkAll() {
        checks.forEach((dependency, check) -> check.call().subscribe().with(response -> record(dependency, response)));
    }

    private void record(String dependency, HealthCheckResponse response) {
        boolean healthy = response.getStatus() == HealthCheckResponse.Status.UP;
        up.get(dependency).set(healthy ? 1 : 0);
        if (!healthy) {
            failures.get(dependency).increment();
        }
    }

    @PreDestroy
    void stop() {
        vertx.cancelTimer(timer);
    }
}
